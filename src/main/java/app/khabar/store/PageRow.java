package app.khabar.store;

import java.util.List;

/** A page as the API reads it. */
public record PageRow(long id, String pageKey, String fileName, List<String> warnings, int listRank) {

    static final String SELECT = "select p.id, p.pageKey, p.fileName, p.warnings, p.listRank";

    @SuppressWarnings("unchecked")
    static PageRow of(Object[] row, int at) {
        return new PageRow((Long) row[at], (String) row[at + 1], (String) row[at + 2], (List<String>) row[at + 3],
                (Integer) row[at + 4]);
    }
}
