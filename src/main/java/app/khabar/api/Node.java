package app.khabar.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/** Anything with a global id. */
@Interface
@Description("An object with an opaque global id.")
public interface Node {

    @Id
    @NonNull
    @Description("Opaque global id; node(id:) returns the object again.")
    String getId();
}
