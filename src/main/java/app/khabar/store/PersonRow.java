package app.khabar.store;

import java.util.List;

/** A person as the API reads it. */
public record PersonRow(long id, String personKey, String name, String nameLatin, List<String> aliases,
                        List<String> roles, int storyCount, int listRank) {

    static final String SELECT = "select p.id, p.personKey, p.name, p.nameLatin, p.aliases, p.roles, p.storyCount, "
            + "p.listRank";

    static final int COLUMNS = 8;

    @SuppressWarnings("unchecked")
    static PersonRow of(Object[] row, int at) {
        return new PersonRow((Long) row[at], (String) row[at + 1], (String) row[at + 2], (String) row[at + 3],
                (List<String>) row[at + 4], (List<String>) row[at + 5], (Integer) row[at + 6], (Integer) row[at + 7]);
    }
}
