package app.khabar.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicTextTest {

    @ParameterizedTest
    @CsvSource({
            // Lucene's Arabic normalisation and the hamza seats
            "أحمد, احمد",
            "مصطفى, مصطفي",
            "فاطمة, فاطمه",
            "مؤمن, مومن",
            "هانئ, هاني",
            "مُحَمَّد, محمد",
            // letters typed on a Persian or Urdu keyboard read as the Arabic ones
            "عیسى, عيسي",
            "أنطونیو غوتیريش, انطونيو غوتيريش",
            "کريم, كريم",
            "النھائیة, النهاييه",
    })
    void normalisesOneSpellingOfEachLetter(String written, String normalised) {
        assertEquals(normalised, ArabicText.normalize(written));
    }
}
