using System.Collections.Frozen;

namespace Parley.Reading.Citations;

/// <summary>Tells whether a short name looks like a news outlet: a known alias, a news domain, a media word, an acronym or a brand.</summary>
public static class OutletNames
{
    /// <summary>Words that make a name a news outlet ("Kyiv Post", "Sky News", "Rossiyskaya Gazeta").</summary>
    private static readonly FrozenSet<string> MediaWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "News", "Times", "Post", "Press", "Journal", "Gazette", "Gazeta", "Herald", "Tribune", "Telegraph", "Guardian", "Observer",
        "Independent", "Express", "Mirror", "Chronicle", "Daily", "Weekly", "Insider", "Wire", "TV", "Radio", "Broadcasting",
        "Media", "Pravda", "Novosti", "Vedomosti", "Izvestia", "Info", "Online", "Zeitung", "Nachrichten", "Rundschau", "Kurier",
        "Corriere", "Repubblica", "Figaro", "Monde", "Newsweek", "Newspaper", "Newsroom", "Fakty", "Vesti", "Segodnya", "Hromadske",
        "Suspilne", "Telegraf", "Courier", "Dispatch", "Bulletin", "Magazine", "Channel", "Tagesschau", "Aktuell", "Nieuws",
        "Wiadomości", "Wyborcza", "Dnevnik", "Novinite", "Kommersant", "Agence", "Presse", "Nouvelles", "Noticias", "Diario");

    /// <summary>Acronyms that are not news outlets.</summary>
    private static readonly FrozenSet<string> NotOutlets = FrozenSet.Create(
        StringComparer.Ordinal,
        "US", "USA", "UK", "EU", "UN", "NATO", "OSCE", "IAEA", "ICC", "ICJ", "IMF", "WHO", "ISW", "SBU", "FSB", "GUR", "HUR", "CIA",
        "FBI", "NSC", "NSDC", "MFA", "MOD", "GRU", "SVR", "DPR", "LPR", "ZNPP", "OPEC", "G7", "G20", "BRICS", "AFU", "PM", "CEO",
        "BREAKING", "UPDATE", "LIVE", "VIDEO", "PHOTO", "WATCH", "NEWS", "OPINION", "EXCLUSIVE", "ANALYSIS", "AI", "GDP", "PACE");

    /// <summary>Social platforms and messengers: places where things are posted, never a cited news source.</summary>
    private static readonly FrozenSet<string> Platforms = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "Telegram", "Facebook", "X", "Twitter", "Instagram", "YouTube", "TikTok", "WhatsApp", "Viber", "LinkedIn", "Truth Social",
        "Threads", "Bluesky", "Reddit", "VK", "VKontakte", "Odnoklassniki", "Signal", "Rumble", "Google", "Google News", "Mastodon",
        "Pinterest", "Snapchat", "Discord", "Substack", "Spotify", "Apple Podcasts");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MediaWordLookup = MediaWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotOutletLookup = NotOutlets.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlatformLookup = Platforms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Top-level domains accepted in domain-like outlet names (Liga.net, News.bg).</summary>
    private static readonly FrozenSet<string> Domains = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "com", "net", "org", "info", "news", "media", "ua", "ru", "bg", "de", "fr", "pl", "uk", "co", "io", "eu", "by", "kz", "ro",
        "md", "lt", "lv", "ee", "cz", "sk", "hu", "rs", "ge", "am", "az", "it", "es", "tv", "fm", "online", "press");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DomainLookup = Domains.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a social platform or messenger (Telegram, Facebook, X...).</summary>
    public static bool IsPlatform(ReadOnlySpan<char> name) => PlatformLookup.Contains(name);

    /// <summary>True for a word such as "News", "Times" or "Pravda" that marks a name as a news outlet.</summary>
    public static bool IsMediaWord(ReadOnlySpan<char> word) => MediaWordLookup.Contains(word);

    /// <summary>True when the name is shaped like a news domain such as <c>Liga.net</c>.</summary>
    public static bool IsDomainLike(ReadOnlySpan<char> name)
    {
        var dot = name.LastIndexOf('.');
        if (dot <= 1 || dot >= name.Length - 2 || name.Contains(' ') || !char.IsLetter(name[0]))
        {
            return false;
        }

        foreach (var c in name[..dot])
        {
            if (!char.IsLetterOrDigit(c) && c is not ('-' or '.'))
            {
                return false;
            }
        }

        return DomainLookup.Contains(name[(dot + 1)..]);
    }

    /// <summary>
    /// True when a name of a few capitalised words looks like a news outlet. <paramref name="canonical"/> is the gazetteer's
    /// name when the name is known, otherwise the name as written.
    /// </summary>
    public static bool LooksLikeOutlet(ReadOnlySpan<char> name, NewsOrganisations organisations, out string canonical, bool allowAcronyms = true)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        canonical = string.Empty;
        name = name.Trim();
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !organisations.TryCanonical(name, out _))
        {
            name = name[4..];
        }

        if (name.Length is < 2 or > 48 || IsPlatform(name))
        {
            return false;
        }

        if (organisations.TryCanonical(name, out var known))
        {
            canonical = known;
            return true;
        }

        if (!char.IsUpper(name[0]) && !char.IsDigit(name[0]))
        {
            return false;
        }

        var words = 0;
        var media = false;
        var acronym = false;
        var brand = false;
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            words++;
            if (word.Length == 0 || (!char.IsUpper(word[0]) && !char.IsDigit(word[0]) && !word.SequenceEqual("of")))
            {
                return false;
            }

            media |= IsMediaWord(word);
            acronym = words == 1 && IsAcronym(word);
            brand = words == 1 && IsBrand(word);
        }

        if (words > 5)
        {
            return false;
        }

        if (media || IsDomainLike(name) || (words == 1 && ((allowAcronyms && acronym) || brand)))
        {
            canonical = name.ToString();
            return true;
        }

        return false;
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 6 || NotOutletLookup.Contains(word))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A one-word brand with a capital inside, such as "RksNews" or "UkrInform".</summary>
    private static bool IsBrand(ReadOnlySpan<char> word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]))
            {
                return word.Length >= 4;
            }
        }

        return false;
    }
}
