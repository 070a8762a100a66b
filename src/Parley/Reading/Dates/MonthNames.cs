using System.Collections.Frozen;

namespace Parley.Reading.Dates;

/// <summary>Month names and abbreviations in the languages news pages are written in, including inflected forms.</summary>
public static class MonthNames
{
    // One row per language: twelve entries, each listing the spellings of that month separated by '|'.
    private static readonly string[][] Table =
    [
        // English
        ["january|jan", "february|feb", "march|mar", "april|apr", "may", "june|jun", "july|jul", "august|aug", "september|sep|sept", "october|oct", "november|nov", "december|dec"],
        // German
        ["januar|jänner|jän", "februar|feber", "märz|mär|maerz", "april", "mai", "juni", "juli", "august", "september", "oktober|okt", "november", "dezember|dez"],
        // French
        ["janvier|janv", "février|fevrier|févr|fév|fevr", "mars", "avril|avr", "mai", "juin", "juillet|juil", "août|aout", "septembre", "octobre", "novembre", "décembre|decembre|déc"],
        // Spanish
        ["enero|ene", "febrero", "marzo", "abril|abr", "mayo", "junio", "julio", "agosto|ago", "septiembre|setiembre|set", "octubre", "noviembre", "diciembre|dic"],
        // Italian
        ["gennaio|gen", "febbraio", "marzo", "aprile", "maggio|mag", "giugno|giu", "luglio|lug", "agosto", "settembre|sett", "ottobre|ott", "novembre", "dicembre"],
        // Portuguese
        ["janeiro", "fevereiro|fev", "março|marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro|out", "novembro", "dezembro|dez"],
        // Dutch
        ["januari", "februari", "maart|mrt", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        // Russian (nominative, genitive, abbreviations)
        ["январь|января|янв", "февраль|февраля|фев", "март|марта|мар", "апрель|апреля|апр", "май|мая", "июнь|июня|июн", "июль|июля|июл", "август|августа|авг", "сентябрь|сентября|сен|сент", "октябрь|октября|окт", "ноябрь|ноября|ноя", "декабрь|декабря|дек"],
        // Ukrainian
        ["січень|січня|січ", "лютий|лютого|лют", "березень|березня|бер", "квітень|квітня|квіт", "травень|травня|трав", "червень|червня|черв", "липень|липня|лип", "серпень|серпня|серп", "вересень|вересня|вер", "жовтень|жовтня|жовт", "листопад|листопада|лист", "грудень|грудня|груд"],
        // Polish
        ["styczeń|stycznia|sty", "luty|lutego|lut", "marzec|marca", "kwiecień|kwietnia|kwi", "maj|maja", "czerwiec|czerwca|cze", "lipiec|lipca|lip", "sierpień|sierpnia|sie", "wrzesień|września|wrz", "październik|października|paź", "listopad|listopada|lis", "grudzień|grudnia|gru"],
        // Turkish
        ["ocak", "şubat|subat", "mart", "nisan", "mayıs|mayis", "haziran", "temmuz", "ağustos|agustos", "eylül|eylul", "ekim", "kasım|kasim", "aralık|aralik"],
        // Czech and Slovak
        ["leden|ledna|január|januára", "únor|února|február|februára", "březen|března|marec|marca", "duben|dubna|apríl|apríla", "květen|května|máj|mája", "červen|června|jún|júna", "červenec|července|júl|júla", "srpen|srpna|augusta", "září|septembra", "říjen|října|októbra|október", "listopadu|novembra", "prosinec|prosince|december|decembra"],
        // Hungarian
        ["január|jan", "február|febr", "március|márc", "április|ápr", "május|máj", "június|jún", "július|júl", "augusztus|aug", "szeptember|szept", "október|okt", "november|nov", "december|dec"],
        // Romanian
        ["ianuarie|ian", "februarie", "martie", "aprilie", "mai", "iunie|iun", "iulie|iul", "august", "septembrie", "octombrie", "noiembrie|noi", "decembrie"],
        // Swedish, Danish, Norwegian
        ["januari|januar", "februari|februar", "mars", "april", "maj|mai", "juni", "juli", "augusti", "september", "oktober", "november", "december|desember"],
        // Finnish (nominative and partitive)
        ["tammikuu|tammikuuta", "helmikuu|helmikuuta", "maaliskuu|maaliskuuta", "huhtikuu|huhtikuuta", "toukokuu|toukokuuta", "kesäkuu|kesäkuuta", "heinäkuu|heinäkuuta", "elokuu|elokuuta", "syyskuu|syyskuuta", "lokakuu|lokakuuta", "marraskuu|marraskuuta", "joulukuu|joulukuuta"],
        // Indonesian and Malay
        ["januari", "februari|pebruari", "maret|mac", "april", "mei", "juni|jun", "juli|julai", "agustus|ogos", "september", "oktober", "november|nopember", "desember|disember"],
        // Greek (genitive and nominative)
        ["ιανουαρίου|ιανουάριος", "φεβρουαρίου|φεβρουάριος", "μαρτίου|μάρτιος", "απριλίου|απρίλιος", "μαΐου|μάιος", "ιουνίου|ιούνιος", "ιουλίου|ιούλιος", "αυγούστου|αύγουστος", "σεπτεμβρίου|σεπτέμβριος", "οκτωβρίου|οκτώβριος", "νοεμβρίου|νοέμβριος", "δεκεμβρίου|δεκέμβριος"],
        // Croatian, Serbian, Bosnian (Latin and Cyrillic), Slovenian
        ["siječnja|siječanj|januar|januara|јануар|јануара", "veljače|veljača|februar|februara|фебруар|фебруара", "ožujka|ožujak|mart|marta|март|марта|marec|marca", "travnja|travanj|april|aprila|април|априла", "svibnja|svibanj|maj|maja|мај|маја", "lipnja|lipanj|juni|juna|јун|јуна|junij|junija", "srpnja|srpanj|juli|jula|јул|јула|julij|julija", "kolovoza|kolovoz|avgust|avgusta|август|августа", "rujna|rujan|septembar|septembra|септембар|септембра", "listopada|oktobar|oktobra|октобар|октобра", "studenoga|studenog|studeni|novembar|novembra|новембар|новембра", "prosinca|prosinac|decembar|decembra|децембар|децембра"],
        // Bulgarian
        ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември", "декември"],
        // Lithuanian, Latvian, Estonian
        ["sausio|janvāris|janvārī|jaanuar", "vasario|februāris|februārī|veebruar", "kovo|marts|martā|märts", "balandžio|aprīlis|aprīlī|aprill", "gegužės|maijs|maijā|mai", "birželio|jūnijs|jūnijā|juuni", "liepos|jūlijs|jūlijā|juuli", "rugpjūčio|augusts|augustā", "rugsėjo|septembris|septembrī", "spalio|oktobris|oktobrī", "lapkričio|novembris|novembrī", "gruodžio|decembris|decembrī|detsember"],
        // Vietnamese-free Catalan, Galician, Basque-free extras
        ["gener|xaneiro", "febrer|febreiro", "març", "abril", "maig", "juny|xuño", "juliol|xullo", "agost", "setembre", "octubre|outubro", "novembre", "desembre|decembro"],
        // Arabic (Gregorian month names used in the Middle East and North Africa)
        ["يناير|كانون الثاني|جانفي", "فبراير|شباط|فيفري", "مارس|آذار", "أبريل|ابريل|نيسان|أفريل", "مايو|أيار|ماي", "يونيو|حزيران|جوان", "يوليو|تموز|جويلية", "أغسطس|اغسطس|آب|أوت", "سبتمبر|أيلول", "أكتوبر|اكتوبر|تشرين الأول", "نوفمبر|تشرين الثاني", "ديسمبر|كانون الأول"],
        // Hindi
        ["जनवरी", "फरवरी|फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर|सितम्बर", "अक्टूबर|अक्तूबर", "नवंबर|नवम्बर", "दिसंबर|दिसम्बर"],
        // Persian (Gregorian month names)
        ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"],
    ];

    private static readonly FrozenDictionary<string, int> Lookup = Build();

    /// <summary>The month (1–12) a word names, ignoring case and a trailing dot, or 0 when it names none.</summary>
    public static int Find(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('.');
        if (word.Length is < 3 or > 20)
        {
            return 0;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return Lookup.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out var month) ? month : 0;
    }

    private static FrozenDictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var language in Table)
        {
            for (var month = 0; month < language.Length; month++)
            {
                foreach (var spelling in language[month].Split('|'))
                {
                    // The first language to claim a spelling keeps it (English "mar" stays March).
                    map.TryAdd(spelling.ToLowerInvariant(), month + 1);
                }
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
