package app.khabar.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * GraphiQL's start-up script with a default query that shows what the API is for. SmallRye's console has no
 * setting for it, so this route answers {@code render.js} before SmallRye's static files do.
 */
@ApplicationScoped
public class GraphiQLDefaults {

    void routes(@Observes Router router) {
        Buffer script = Buffer.buffer(read("/graphiql/render.js"));
        router.get("/q/graphql-ui/render.js").order(-100).handler(context -> context.response()
                .putHeader("Content-Type", "application/javascript; charset=UTF-8")
                .putHeader("Cache-Control", "no-cache")
                .end(script));
    }

    private static byte[] read(String resource) {
        try (InputStream in = GraphiQLDefaults.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
