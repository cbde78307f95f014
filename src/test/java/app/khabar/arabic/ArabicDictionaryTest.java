package app.khabar.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicDictionaryTest {

    @ParameterizedTest
    @CsvSource({
            // ordinary words, with their clitics and suffixes, with or without hamza and diacritics
            "والرئيس, true",
            "الرئيسُ, true",
            "غمرت, true",
            "بنزيف, true",
            "بفطنته, true",
            "اعلن, true",
            "مدرسة, true",
            // family names that are ordinary words too: no evidence against a name by themselves
            "غزالي, true",
            // names a page writes for the first time
            "سعيود, false",
            "دارمانان, false",
            "باكريت, false",
            "جنبلاط, false",
            // not Arabic letters
            "Trump, false",
            "2024, false",
    })
    void knowsOrdinaryWordsAndNotNamesWrittenForTheFirstTime(String word, boolean known) {
        assertEquals(known, ArabicDictionary.shared().knows(word), word);
    }
}
