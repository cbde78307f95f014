package app.khabar.people;

import app.khabar.arabic.ArabicText;

/**
 * What a word's letters say about its class when no list knows it: verb shapes (perfect, imperfect, future), masdars,
 * participles, adjectives, the article, and case endings. Pure functions of the normalised word (or of the word's
 * raw spelling where hamza and tanween matter); the readers of names ask them after the lexicons.
 */
final class WordShapes {

    private WordShapes() {
    }

    /** A perfect verb of three or four letters not in the list (توج، اعترف، تعاقد): no article, no ending. */
    static boolean isLikelyVerb(String norm) {
        return norm.length() >= 3 && norm.length() <= 5 && !norm.endsWith("ه") && !norm.endsWith("ي")
                && !norm.endsWith("ات") && !norm.endsWith("و");
    }

    /** تحويل، تشكيل، تبييض: the masdar تفعيل (given names of this shape, تحسين، تيسير, are listed). */
    static boolean isTaf3eelMasdar(String norm) {
        return norm.length() == 5 && norm.charAt(0) == 'ت' && norm.charAt(3) == 'ي'
                && "اوي".indexOf(norm.charAt(1)) < 0;
    }

    /** التعديل، التسجيل: the masdar تفعيل with the article, no family name (التميمي is a nisba). */
    static boolean isDefiniteTaf3eelMasdar(String norm) {
        return norm.length() == 7 && norm.startsWith("ال") && isTaf3eelMasdar(norm.substring(2));
    }

    /** تهنئة، تجربة، تنمية: the masdar pattern taf'ila, a common noun after a name, never a surname. */
    static boolean isTaf3ilaMasdar(Word word) {
        String norm = word.norm();
        return norm.length() == 5 && norm.charAt(0) == 'ت' && word.lastLetter() == 'ة'
                && "اوي".indexOf(norm.charAt(2)) < 0;
    }

    /**
     * A function word its hamza or madda tells from a name that normalisation makes of the same letters: أمام, the
     * preposition (إمام, the imam, is a family name: عادل إمام), الآن, "now" (الان, Alan), and أنا, "I" (آنا, Anna,
     * is written with madda; a page that writes no hamza writes the pronoun انا). A clitic و or ف may lead.
     */
    static boolean isFunctionWordByItsHamza(Word word) {
        String norm = word.norm();
        boolean ana = norm.length() <= 4 && norm.endsWith("انا");
        if (!norm.endsWith("امام") && !norm.endsWith("الان") && !ana || norm.length() > 5) {
            return false; // the letters first: the raw spelling is asked about these few words only
        }
        String raw = ArabicText.withoutMarks(word.raw());
        if (raw.length() == norm.length() && raw.length() >= 4 && "وف".indexOf(raw.charAt(0)) >= 0) {
            raw = raw.substring(1);
        }
        return raw.equals("أمام") || raw.equals("الآن") || ana && (raw.equals("أنا") || raw.equals("انا"));
    }

    /**
     * بأنه، وأرشد، وآكار: a clitic letter and a hamza or madda written on alef after it: a clitic before a word opening
     * with hamza, as no name spells itself (باول, Powell, writes no hamza; بأول is "with the first").
     */
    static boolean opensWithCliticBeforeHamza(Word word) {
        String norm = word.norm();
        if (norm.length() < 4 || !Clitics.isProclitic(norm.charAt(0)) || norm.charAt(1) != 'ا') {
            return false; // the letters first: the raw spelling is asked about these words only
        }
        String raw = ArabicText.withoutMarks(word.raw());
        return raw.length() >= 4 && (raw.charAt(1) == 'أ' || raw.charAt(1) == 'إ' || raw.charAt(1) == 'آ');
    }

    /** علي written for على (a common typing): never a surname when a definite noun follows. */
    static boolean isWrittenAlaa(Word word) {
        return word.norm().equals("علي");
    }

    /** An indefinite accusative (مديرا، رئيسا): an ordinary word, whatever letters it has. */
    static boolean endsWithTanween(Word word) {
        return endsWithMark(word.raw(), '\u064B', '\u064D', false); // ً ٌ ٍ
    }

    /**
     * بيَّنت، قدَّمت: a vocalised perfect of the doubled form فعّلت, four letters with the shadda on the second and ت
     * last; no name is written so (عزّت has three letters).
     */
    static boolean isVocalisedDoubledPerfect(Word word) {
        if (word.raw().indexOf('\u0651') < 0) {
            return false; // nearly every word: no shadda, nothing to spell out (the name loop asks of each word)
        }
        StringBuilder letters = new StringBuilder();
        int shaddaAfter = -1;
        for (char c : word.raw().toCharArray()) {
            if (c == '\u0651') {
                shaddaAfter = letters.length();
            } else if (!ArabicText.isWordMark(c)) {
                letters.append(c);
            }
        }
        return letters.length() == 4 && shaddaAfter == 2 && letters.charAt(3) == 'ت';
    }

    /** وحيدًا، حاملاً: the accusative's tanween written on the word, whatever its letters also spell. */
    static boolean endsWithFathatan(Word word) {
        return endsWithMark(word.raw(), '\u064B', '\u064B', true); // ً, before or after the ا
    }

    /** A mark in [from, to] among the marks that end the word (and its last ا, where {@code overAlef}). */
    private static boolean endsWithMark(String raw, char from, char to, boolean overAlef) {
        for (int i = raw.length() - 1; i >= 0; i--) {
            char c = raw.charAt(i);
            if (!ArabicText.isWordMark(c) && !(overAlef && c == 'ا')) {
                return false;
            }
            if (c >= from && c <= to) {
                return true;
            }
        }
        return false;
    }

    /**
     * حفلا، مشرقا: the indefinite accusative written as a bare ا after consonants only (no long vowel before it);
     * لقاءا، بناءا: or after the hamza of a word ending in اء, as many write لقاءً.
     */
    static boolean endsInBareAccusative(String norm) {
        return norm.length() >= 4 && norm.endsWith("ا") && !writesVowel(norm.substring(0, norm.length() - 1))
                || norm.length() >= 5 && norm.endsWith("اءا");
    }

    /**
     * لمحزونون، بالمشاركين: ل or ب (and the article) before the sound plural of a participle (م…ون، م…ين), an
     * adjective or a group; never a family name (بلحسين is one, and a foreign بيمبرتون ends so too).
     */
    static boolean isPluralBehindPreposition(String norm) {
        return norm.length() >= 7 && (norm.charAt(0) == 'ل' || norm.charAt(0) == 'ب')
                && (norm.startsWith("م", 1) || norm.startsWith("الم", 1))
                && (norm.endsWith("ون") || norm.endsWith("ين"));
    }

    /**
     * ضحايا، قضايا، هدايا، خلايا: the broken plural فعايا, a noun of things or a group; no given name has its shape,
     * a few family names do (عطايا).
     */
    static boolean isFa3ayaPlural(String norm) {
        return norm.length() == 5 && norm.charAt(1) != 'ا' && norm.charAt(1) != 'ي' && norm.endsWith("ايا");
    }

    /**
     * تخرج، تقدم، تحرك: the masdar تفعّل of four letters, no long vowel after its ت (تامر، توما are names). Behind ب
     * or ل after a name it is a phrase (مي فاروق بتخرج ابنتها).
     */
    static boolean isTafa33ulMasdar(String norm) {
        return norm.length() == 4 && norm.charAt(0) == 'ت' && "اوي".indexOf(norm.charAt(1)) < 0
                && "اوي".indexOf(norm.charAt(2)) < 0 && "اويه".indexOf(norm.charAt(3)) < 0;
    }

    /** تجاوب، تعاون، تبادل: the masdar تفاعل (ت, a consonant, ا, two more letters). */
    static boolean isTafaa3ulMasdar(String norm) {
        return norm.length() == 5 && norm.charAt(0) == 'ت' && "اوي".indexOf(norm.charAt(1)) < 0
                && norm.charAt(2) == 'ا' && "اويه".indexOf(norm.charAt(4)) < 0; // (تمارا، تاميه: names)
    }

    /** بتجاوب، لتعاون: the masdar تفاعل behind ب or ل. */
    static boolean isTafaa3ulMasdarBehindPreposition(String norm) {
        return norm.length() == 6 && (norm.charAt(0) == 'ب' || norm.charAt(0) == 'ل')
                && isTafaa3ulMasdar(norm.substring(1));
    }

    /**
     * شاكرا، حاملا: the accusative of an active participle فاعل whose bare form is an ordinary word (a common word, or
     * a given name that is also one: شاكر); never a listed name itself (رانيا), the accusative of a name that is no
     * word (كاتيا after كاتي) nor an unknown word (سامبا).
     */
    static boolean isParticipleAccusative(String norm, Lexicon lexicon) {
        if (norm.length() != 5 || norm.charAt(1) != 'ا' || !norm.endsWith("ا")) {
            return false;
        }
        String bare = norm.substring(0, 4);
        return !lexicon.isAnyGivenName(norm) && !lexicon.isKnownSurname(norm)
                && (lexicon.isWeakGivenName(bare) || lexicon.isCommonWord(bare));
    }

    /** بتخرج، لتقدم: the masdar تفعّل behind ب or ل, a phrase after a name (مي فاروق بتخرج ابنتها). */
    static boolean isTafa33ulMasdarBehindPreposition(String norm) {
        return norm.length() == 5 && (norm.charAt(0) == 'ب' || norm.charAt(0) == 'ل')
                && isTafa33ulMasdar(norm.substring(1));
    }

    /** سيحضر، ستواصل: the future prefix on an imperfect verb. */
    static boolean isFutureVerb(String norm) {
        // (سنجاب، سنمار: سن and a stem with ا before its last letter is a noun or a name; a first-person future of a
        // hollow root takes و or ي there, سنقول، سنسير)
        return norm.length() >= 5 && norm.charAt(0) == 'س' && "يتن".indexOf(norm.charAt(1)) >= 0
                && !(norm.length() == 5 && norm.charAt(1) == 'ن' && norm.charAt(3) == 'ا');
    }

    /** فسيقضي، وسيبني: a future after a conjunction, whatever its last letter (no name opens so). */
    static boolean isConjoinedFutureVerb(String norm) {
        return norm.length() >= 6 && (norm.charAt(0) == 'ف' || norm.charAt(0) == 'و') && isFutureVerb(norm.substring(1))
                && "اوي".indexOf(norm.charAt(3)) < 0;
    }

    /** Plural, dual and feminine endings of common nouns (هدفين، مسؤولون، إحاطات، ضرورة). */
    static boolean nounEnding(Word word) {
        String norm = word.norm();
        return word.lastLetter() == 'ة'
                || norm.length() >= 5 && endsLikeSoundPlural(norm);
    }

    /** المعلمين، المعلمون، تحيات: the ending of a sound masculine or feminine plural (or of a dual's ين). */
    static boolean endsLikeSoundPlural(String norm) {
        return norm.endsWith("ين") || norm.endsWith("ون") || norm.endsWith("ات");
    }

    /**
     * كانوا، أطلقوا، أتوا: the ending وا of a plural verb, after a stem with a consonant of its root. A word whose
     * letters before وا are all long vowels or weak letters is no verb (أويوا is a family name), nor is a
     * five-letter word opening with the article (الشوا، الحلوا: the verb of that shape, ألقوا, is rare after a name).
     */
    static boolean isPluralVerbEnding(String norm) {
        if (norm.length() < 4 || !norm.endsWith("وا") || norm.length() == 5 && norm.startsWith("ال")) {
            return false;
        }
        for (int i = 0; i < norm.length() - 2; i++) {
            if ("اوي".indexOf(norm.charAt(i)) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * رحلت، فتحت: the perfect of a three-letter root in the feminine (no long vowel before its ت); تباحث، تناول:
     * the perfect تفاعل. Names of these shapes (رأفت، حكمت، تشافي) are listed.
     */
    static boolean isPerfectVerbShape(String norm) {
        int n = norm.length();
        if (n == 4 && norm.charAt(3) == 'ت') {
            return "اويءة".indexOf(norm.charAt(0)) < 0 && "اوي".indexOf(norm.charAt(1)) < 0
                    && "اوي".indexOf(norm.charAt(2)) < 0;
        }
        if (n >= 5 && norm.charAt(0) == 'ا' && isPluralVerbEnding(norm)) {
            return true; // أطلقوا، انتقلوا: the perfect plural of a derived form
        }
        if (n == 5 && norm.endsWith("وا") && "اويءة".indexOf(norm.charAt(0)) < 0 && "اوي".indexOf(norm.charAt(1)) < 0
                && "اوي".indexOf(norm.charAt(2)) < 0) {
            return true; // حضروا، كتبوا: the perfect plural of a three-letter root
        }
        if (n == 5 && norm.endsWith("وا") && norm.charAt(1) == 'ا' && "اويءة".indexOf(norm.charAt(0)) < 0
                && "اوي".indexOf(norm.charAt(2)) < 0) {
            return true; // كانوا، عادوا: the perfect plural of a hollow root
        }
        if (n == 5 && norm.charAt(1) == 'ا' && norm.charAt(4) == 'ت' && "اويءة".indexOf(norm.charAt(0)) < 0
                && "اوي".indexOf(norm.charAt(2)) < 0 && "اوي".indexOf(norm.charAt(3)) < 0) {
            return true; // عاشرت، شاركت: the perfect فاعلت in the feminine
        }
        if (n == 5 && norm.charAt(0) == 'ت' && norm.charAt(4) == 'ت' && norm.charAt(1) != 'ا'
                && norm.charAt(2) != 'ا' && "اوي".indexOf(norm.charAt(3)) < 0) {
            return true; // توجهت، تحدثت: the perfect تفعّلت in the feminine (not a masdar تفعيل: توقيت، تصويت)
        }
        if (n == 6 && norm.charAt(0) == 'ت' && norm.charAt(2) == 'ا' && norm.charAt(5) == 'ت'
                && "اوي".indexOf(norm.charAt(1)) < 0 && norm.charAt(3) != 'ا') {
            return true; // تعاونت، تناولت: the perfect تفاعلت in the feminine
        }
        if (n == 5 && norm.charAt(0) == 'ا' && norm.charAt(4) == 'ت' && "اويل".indexOf(norm.charAt(1)) < 0
                && "اوي".indexOf(norm.charAt(2)) < 0 && "اوي".indexOf(norm.charAt(3)) < 0) {
            return true; // أشرقت، أعلنت: the perfect أفعلت in the feminine (not السبت: ال is no root letter)
        }
        if ((n == 5 || n == 6 && norm.charAt(5) == 'ت') && norm.charAt(0) == 'ا' && isInfixOfIfta3al(norm)
                && "اويل".indexOf(norm.charAt(1)) < 0 && "اوي".indexOf(norm.charAt(3)) < 0
                && "اويه".indexOf(norm.charAt(4)) < 0) {
            // امتزج، اجتمعت: the perfect افتعل (the masdar افتعال writes its ا: انتصار، ابتسام); after ال it is the
            // article (التمر), so التقت and التحق are left to the lists
            return true;
        }
        return n == 5 && norm.charAt(0) == 'ت' && norm.charAt(2) == 'ا' && "اوي".indexOf(norm.charAt(1)) < 0
                && "ايه".indexOf(norm.charAt(4)) < 0;
    }

    /** The ت of افتعل after its first root letter; ط after ص ض ط ظ (اصطحب) and د after ز د ذ (ازدهر), as it is said. */
    private static boolean isInfixOfIfta3al(String norm) {
        char first = norm.charAt(1);
        char infix = norm.charAt(2);
        return infix == 'ت' || infix == 'ط' && "صضطظ".indexOf(first) >= 0 || infix == 'د' && "زدذ".indexOf(first) >= 0;
    }

    /**
     * متناسقا، مستعرضا: the participle of a derived form (مت…، مست…) in the indefinite accusative, how a sentence goes
     * on after the name it describes. Not a noun before the pronoun ها or نا (مستواها، مستقبلنا), nor a foreign name
     * that writes a vowel where the form has a root letter (متيلدا) or is too short for مست (دي مستورا).
     */
    static boolean isAccusativeParticiple(String norm) {
        int n = norm.length();
        return norm.endsWith("ا") && !norm.endsWith("ها") && !norm.endsWith("نا")
                && (n >= 7 && norm.startsWith("مست")
                || n >= 6 && norm.startsWith("مت") && "اوي".indexOf(norm.charAt(2)) < 0);
    }

    /** Starts with the article, alone or after a clitic: الرئيس، للصحفيين، بالبيت، والإسرائيلي. */
    static boolean hasArticle(String norm) {
        if (norm.startsWith("ال") || norm.startsWith("لل")) {
            return true;
        }
        if (norm.length() > 3 && "وفبكل".indexOf(norm.charAt(0)) >= 0) {
            if (norm.charAt(0) == 'ك' && norm.length() < 6) {
                return false; // كالاس is no كـ + الـ + اس
            }
            return norm.startsWith("ال", 1) || norm.length() > 4 && "بكل".indexOf(norm.charAt(1)) >= 0
                    && norm.startsWith("ال", 2);
        }
        return false;
    }

    /**
     * يعود، تغني، ينتقل، أهدر: an imperfect verb of a hollow, defective or derived root, or a perfect أفعل, by shape (the
     * given names of these shapes, يزيد، تركي، أكرم, are listed and asked about first).
     */
    static boolean isImperfectVerbShape(String norm) {
        int n = norm.length();
        if (n == 3 && norm.charAt(0) == 'ي' && "اويءة".indexOf(norm.charAt(1)) < 0 && "اويىة".indexOf(norm.charAt(2)) < 0) {
            return true; // يضع، يقع، يصل: the imperfect of a root whose first letter is و (يزن، a name, is listed)
        }
        if (n >= 5 && n <= 7 && (norm.startsWith("يت") || norm.startsWith("تت") || norm.startsWith("يست")
                || norm.startsWith("تست") || n >= 6 && norm.startsWith("نست"))) {
            return true; // يتابع، تتسابق، يستقبل، نستبشر: the imperfect of the derived forms تفاعل، تفعّل، استفعل
        }
        if (n == 5 && norm.charAt(0) == 'ي' && "اوي".indexOf(norm.charAt(1)) < 0 && norm.charAt(2) == 'ت') {
            return true; // يختار، يختتم، يجتمع: the imperfect of افتعل
        }
        if (n == 4 && norm.charAt(0) == 'ي' && "اويه".indexOf(norm.charAt(1)) < 0
                && "اويه".indexOf(norm.charAt(2)) < 0 && "اويه".indexOf(norm.charAt(3)) < 0) {
            return true; // يحسب، يطلب، يكتب: يفعل without a long vowel (the names of this shape, يعرب، يسلم, are listed)
        }
        if (n == 5 && norm.charAt(0) == 'ي' && "اويه".indexOf(norm.charAt(1)) < 0 && norm.charAt(2) == 'ا'
                && "اوه".indexOf(norm.charAt(3)) < 0 && "اويه".indexOf(norm.charAt(4)) < 0) {
            return true; // يطالب، يغادر، يسائل (ئ normalised to ي): the imperfect of فاعل
        }
        if (n < 4 || n > 5) {
            return false;
        }
        char c = norm.charAt(0);
        boolean prefix = c == 'ي' || c == 'ت';
        boolean v1 = "اوي".indexOf(norm.charAt(1)) >= 0;
        boolean v2 = "اوي".indexOf(norm.charAt(2)) >= 0;
        if (n == 4) {
            // (تبدو، يدعو: a defective root ending in و)
            return prefix && !v1 && (v2 && "اوي".indexOf(norm.charAt(3)) < 0 || !v2 && "يو".indexOf(norm.charAt(3)) >= 0)
                    || c == 'ا' && norm.charAt(1) != 'ل' && !v1 && !v2 && "اوي".indexOf(norm.charAt(3)) < 0;
        }
        return prefix && "نتس".indexOf(norm.charAt(1)) >= 0 && !v2 && "اوي".indexOf(norm.charAt(3)) < 0
                && "اويه".indexOf(norm.charAt(4)) < 0;
    }

    /**
     * تعد، تضع، يصل: the imperfect of a root whose first letter is و, three letters with no long vowel after its
     * prefix (the names of this shape, يسر، تقي، يمن, are listed and asked about first).
     */
    static boolean isShortImperfectVerbShape(String norm) {
        return norm.length() == 3 && (norm.charAt(0) == 'ي' || norm.charAt(0) == 'ت')
                && "اويىه".indexOf(norm.charAt(1)) < 0 && "اويىه".indexOf(norm.charAt(2)) < 0;
    }

    /**
     * محترف، مختص، متمنيا، مستشار: the participle of a derived verb (تفعّل، افتعل، استفعل: م with ت as its second or
     * third letter, or مست). The names of these shapes (معتصم، مختار) are listed.
     */
    static boolean isDerivedParticiple(String norm) {
        int n = norm.length();
        return n >= 4 && n <= 7 && norm.charAt(0) == 'م' && "اوي".indexOf(norm.charAt(1)) < 0
                && (norm.charAt(1) == 'ت' || norm.charAt(2) == 'ت' || norm.startsWith("مست"));
    }

    /** إخراج، امتياز، انتقال: the masdars إفعال، افتعال، انفعال (the given names of these shapes are listed). */
    static boolean isIfaalMasdar(String norm) {
        int n = norm.length();
        return norm.charAt(0) == 'ا' && (n == 5 && norm.charAt(3) == 'ا'
                || n == 6 && norm.charAt(4) == 'ا' && (norm.charAt(2) == 'ت' || norm.charAt(1) == 'ن'));
    }

    /**
     * المحترف، المنضم، المصاب، المعار: a definite participle (of a derived form, or of a hollow verb) describes the
     * person after the name; no family name is shaped like one unless a list knows it (المختار، المتوكل).
     */
    static boolean isDefiniteParticiple(String norm) {
        if (!norm.startsWith("الم") || norm.endsWith("ي") || norm.length() < 6) {
            return false;
        }
        String stem = norm.substring(2);
        boolean hollow = stem.length() == 4 && stem.charAt(2) == 'ا' && "اوي".indexOf(stem.charAt(1)) < 0;
        return isDerivedParticiple(stem) || hollow;
    }

    /**
     * الاجتماع، الانسحاب، الاستقبال، الإعلان: a definite masdar of the derived verb forms (إفعال، افتعال، انفعال،
     * استفعال), a noun no family name is shaped like.
     */
    static boolean isDefiniteAugmentedMasdar(String norm) {
        return norm.length() >= 7 && norm.startsWith("الا") && norm.charAt(norm.length() - 2) == 'ا';
    }

    /** اداريين، إعلاميين: the plural of a nisba adjective, which no name takes. */
    static boolean isPluralNisba(String norm) {
        return norm.length() >= 6 && norm.endsWith("يين");
    }

    /**
     * متقاعدون، مشاركين: the sound masculine plural of a participle (م…ون / م…ين), a group, never a family name.
     * A participle's stem writes no ي (the foreign ماهيتسون does) nor ا right after its م (ماركوين, a foreign name),
     * and family names of the shape are short (معكرون).
     */
    static boolean isPluralParticiple(String norm) {
        return norm.length() >= 7 && norm.charAt(0) == 'م' && norm.charAt(1) != 'ا'
                && (norm.endsWith("ون") || norm.endsWith("ين")) && norm.substring(1, norm.length() - 2).indexOf('ي') < 0;
    }

    /** مسابقة، منافسة، مشكلة: م, a letter, ا, two letters and ة (the masdar مفاعلة, and nouns shaped like it). */
    static boolean isMufaalaMasdar(Word word) {
        String norm = word.norm();
        return norm.length() == 6 && norm.charAt(0) == 'م' && norm.charAt(2) == 'ا' && word.lastLetter() == 'ة'
                // معاملته، مساعدته: with a pronoun after its ة
                || norm.length() == 7 && norm.charAt(0) == 'م' && norm.charAt(2) == 'ا' && norm.endsWith("ته");
    }

    /** Written أل or إل: a word whose first letters only look like the article once hamza is normalised away. */
    static boolean writtenWithHamza(Word word) {
        String raw = word.raw();
        int i = 0;
        while (i < raw.length() && ArabicText.isWordMark(raw.charAt(i))) {
            i++;
        }
        return i + 1 < raw.length() && (raw.charAt(i) == 'أ' || raw.charAt(i) == 'إ');
    }

    /** A long vowel letter after the first letter: كايا، يوهان، فرانك (مصدر، جزء write none). */
    static boolean writesVowel(String norm) {
        for (int i = 1; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (c == 'ا' || c == 'و' || c == 'ي') {
                return true;
            }
        }
        return false;
    }

    /**
     * The endings a noun and its adjective share: the indefinite accusative (شيئا مملا، written without its
     * tanween), the dual and plural (رسالتين رسميتين، مسؤولون كبارون).
     */
    static boolean sameCaseEnding(String first, String second) {
        if (first.length() < 4 || second.length() < 4) {
            return false;
        }
        return first.endsWith("ا") && second.endsWith("ا") && !first.endsWith("اا") && !second.endsWith("اا")
                || first.endsWith("تين") && second.endsWith("تين") || first.endsWith("ين") && second.endsWith("ين")
                && first.length() >= 5 && second.length() >= 5 || first.endsWith("ون") && second.endsWith("ون")
                && first.length() >= 5 && second.length() >= 5;
    }

    /**
     * ميدانية، رسمية: an indefinite feminine nisba, the adjective of a noun. After a given name such a word may still
     * be a family name; after an unknown word the two are a noun and its adjective.
     */
    static boolean isAdjectiveShape(String norm) {
        return norm.length() >= 5 && norm.endsWith("يه") && !norm.startsWith("ال");
    }

    /**
     * Verb shapes no name takes: the future (سيتكرر، ستواصل) and imperfects of the reflexive forms (يتكرر، تتواصل،
     * يتباحث). The perfect of form VI (تباحث) and a perfect with the feminine ending (رحلت) are left out: they are
     * spelled like foreign names (ترامب، برنت).
     */
    static boolean hasVerbPattern(String norm) {
        int n = norm.length();
        if (n == 5 && norm.charAt(0) == 'ا' && norm.charAt(2) == 'ي' && norm.endsWith("ت")) {
            return true; // أصيبت، أقيمت: the passive perfect, feminine
        }
        if (n >= 5 && norm.charAt(0) == 'س' && "يتن".indexOf(norm.charAt(1)) >= 0 && norm.charAt(2) == 'ت') {
            return true;
        }
        if (n >= 5 && (norm.startsWith("يت") || norm.startsWith("تت")) && norm.indexOf('ا', 2) < 0
                && norm.indexOf('و', 2) < 0 && norm.indexOf('ي', 2) < 0) {
            return true;
        }
        return false;
    }
}
