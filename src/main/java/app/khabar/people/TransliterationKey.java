package app.khabar.people;

/**
 * A skeleton of a foreign name as Arabic spells it: letters that write one foreign sound share a symbol
 * (غ/ج/ق/ك for G, ث/ت/ط for T, ذ/ز/ظ for Z...), long vowels inside the word and doubled letters are dropped,
 * so غالانت = جالانت, هرتسوغ = هيرتسوغ, ميللر = ميلر, زيلينسكي = زيلنسكي.
 * Too coarse for Arabic names (حسن/حسين، جمال/كمال): {@link NameMatcher} never uses it for those.
 */
final class TransliterationKey {

    private TransliterationKey() {
    }

    /** Key of one normalised word. */
    static String of(String norm) {
        StringBuilder key = new StringBuilder(norm.length());
        char last = 0;
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (c == 'ت' && i + 1 < norm.length() && norm.charAt(i + 1) == 'ش') {
                continue; // تش and ش both write "ch"
            }
            char symbol = symbol(c, i == 0);
            if (symbol == 0 || symbol == last) {
                continue;
            }
            key.append(symbol);
            last = symbol;
        }
        return key.toString();
    }

    private static char symbol(char c, boolean first) {
        return switch (c) {
            case 'ا', 'و', 'ي', 'ى' -> first ? 'A' : 0;
            case 'ء' -> 0;
            case 'غ', 'ج', 'ق', 'ك', 'گ' -> 'G';
            case 'ف', 'ڤ' -> 'F';
            case 'ث', 'ت', 'ط' -> 'T';
            case 'ذ', 'ز', 'ظ' -> 'Z';
            case 'س', 'ص' -> 'S';
            case 'د', 'ض' -> 'D';
            case 'ه', 'ح', 'ة' -> 'H';
            default -> c;
        };
    }
}
