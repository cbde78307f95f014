package app.khabar.people;

import java.util.List;

/**
 * A person resolved across the corpus.
 *
 * @param key       stable across restarts for the same corpus (derived from the name, not from load order)
 * @param name      canonical Arabic name: the fullest form seen
 * @param nameLatin Latin-script name when known, else null
 */
public record PersonRecord(String key, String name, String nameLatin, List<String> aliases, List<String> roles) {

    public PersonRecord {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }
}
