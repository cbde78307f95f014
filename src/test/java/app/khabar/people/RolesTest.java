package app.khabar.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Roles read well in a UI: fullest phrase, counterparts resolved, no bare generic roles, clean edges. */
class RolesTest {

    private static final Lexicon LEXICON = Lexicon.fromClasspath();

    private static Map<String, List<String>> roles(String text) {
        CorpusPeople people = Extractors.FULL.extract(List.of(new StoryText("s", "p", text)));
        Map<String, String> names = new LinkedHashMap<>();
        people.persons().forEach(p -> names.put(p.key(), p.name()));
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (StoryMention m : people.mentions()) {
            out.put(names.get(m.personKey()), m.roles());
        }
        for (PersonRecord p : people.persons()) {
            assertEquals(out.get(p.name()), p.roles(), "person roles = mention roles in a one-story corpus");
        }
        return out;
    }

    @Test
    void counterpartTakesTheRoleOfThePersonItRefersTo() {
        Map<String, List<String>> roles = roles("التقى وزير الدفاع الأمريكي بيت هيغسيث نظيره الإسرائيلي يسرائيل "
                + "كاتس في واشنطن. وقال الوزير هيغسيث إن الولايات المتحدة ملتزمة.");
        assertEquals(List.of("وزير الدفاع الأمريكي"), roles.get("بيت هيغسيث"));
        assertEquals(List.of("وزير الدفاع الإسرائيلي"), roles.get("يسرائيل كاتس"));
    }

    @Test
    void counterpartWithoutAnAntecedentIsDropped() {
        assertEquals(List.of(), roles("والتقى نظيره الإسرائيلي يسرائيل كاتس في واشنطن.").get("يسرائيل كاتس"));
    }

    @Test
    void fullestPhraseWinsOverBareAndShorterRoles() {
        Map<String, List<String>> roles = roles("وقال الرئيس ترامب إن الاتفاق قريب. وقال الرئيس الأمريكي دونالد ترامب "
                + "إن بلاده مستعدة. وقال وزير الخارجية التركي هاكان فيدان إن أنقرة تدعم الاتفاق. وأضاف وزير "
                + "الخارجية فيدان أن الحوار مستمر.");
        assertEquals(List.of("الرئيس الأمريكي"), roles.get("دونالد ترامب"));
        assertEquals(List.of("وزير الخارجية التركي"), roles.get("هاكان فيدان"));
    }

    @Test
    void honorificsAndGluedRolesAreSplitAndCleaned() {
        assertEquals(List.of("أمير قطر"), roles("استقبل أمير قطر الشيخ تميم بن حمد آل ثاني في الدوحة.")
                .get("تميم بن حمد آل ثاني"));
        assertEquals(List.of("رئيس لجنة التحكيم", "الكاتب التونسي"),
                roles("وقال رئيس لجنة التحكيم الكاتب التونسي شكري المبخوت إن الرواية جريئة.").get("شكري المبخوت"));
        assertEquals(List.of("المتحدث باسم الرئيس الفلسطيني"),
                roles("وقال المتحدث باسم الرئيس الفلسطيني نبيل أبو ردينة إن القرار مرفوض.").get("نبيل أبو ردينة"));
    }

    @Test
    void appositionAndOrganisationRoles() {
        assertEquals(List.of("رئيس الحكومة المغربية"),
                roles("أكد عزيز أخنوش، رئيس الحكومة المغربية، أن الحكومة ماضية.").get("عزيز أخنوش"));
        assertEquals(List.of("الرئيس التنفيذي لشركة أرامكو السعودية"),
                roles("أعلن الرئيس التنفيذي لشركة أرامكو السعودية أمين الناصر أن الشركة ستواصل الاستثمار.")
                        .get("أمين الناصر"));
        assertEquals(List.of("مديرة مؤسسة عبد الحميد شومان"),
                roles("وقالت مديرة مؤسسة عبد الحميد شومان فالنتينا قسيسية إن الجائزة ستعلن.").get("فالنتينا قسيسية"));
    }

    @Test
    void cleanStripsCliticsPunctuationAndGenericRoles() {
        assertEquals("وزير الدفاع", Roles.clean("وزير الدفاع، ", LEXICON));
        assertEquals("د.", Roles.clean("د.", LEXICON));
        assertEquals(List.of("وزير الدفاع الأمريكي"), Roles.tidy(
                List.of("الوزير", "وزير الدفاع", "وزير الدفاع الأمريكي"), LEXICON));
        assertEquals(List.of("الرئيس"), Roles.tidy(List.of("الرئيس"), LEXICON));
        assertEquals(List.of("الوزير", "النائب"), Roles.tidy(List.of("الوزير", "النائب"), LEXICON));
        assertEquals(List.of("نائب رئيس الوزراء"), Roles.tidy(List.of("النائب", "نائب رئيس الوزراء"), LEXICON));
    }
}
