using System.Text.RegularExpressions;

namespace Parley.Reading.Dates;

/// <summary>Gathers candidate dates from the parts of a page, in document order.</summary>
/// <param name="order">How the page orders day and month in numeric dates.</param>
public sealed partial class DateCollector(DayOrder order)
{
    private const int MaxTextDatesPerNode = 8;
    private readonly List<DateCandidate> candidates = [];

    /// <summary>The candidates gathered so far.</summary>
    public IReadOnlyList<DateCandidate> Candidates => candidates;

    /// <summary>Adds a known date.</summary>
    public void Add(DateOnly date, DateEvidence evidence, bool utc = false) => candidates.Add(new DateCandidate(date, evidence, candidates.Count, utc));

    /// <summary>Adds the date an attribute or short element text holds; false when it holds none.</summary>
    public bool AddValue(string? value, DateEvidence evidence)
    {
        if (!DateText.TryParseValue(value, order, out var date))
        {
            return false;
        }

        Add(date, evidence, DateText.IsUtcTimestamp(value));
        return true;
    }

    /// <summary>Adds the dates written in a run of visible text, skipping copyright lines and update notes.</summary>
    public void AddText(string text, bool boilerplate)
    {
        if (text.Length < 6 || !DateText.MayHoldDate(text))
        {
            return;
        }

        var count = 0;
        foreach (var found in DateText.FindAll(text, order))
        {
            var before = text.AsSpan(Math.Max(0, found.Index - 40), Math.Min(40, found.Index));
            var evidence = boilerplate || Copyright().IsMatch(before) ? DateEvidence.Boilerplate
                : UpdateNote().IsMatch(before) ? DateEvidence.Boilerplate
                : DateEvidence.Text;
            Add(found.Date, evidence);
            if (++count == MaxTextDatesPerNode)
            {
                return;
            }
        }
    }

    /// <summary>Adds the first date in a short inline script that writes a date into the page (<c>showDate("2020/04/17")</c>).</summary>
    public void AddInlineScript(string script, bool boilerplate)
    {
        if (script.Length is < 10 or > 200)
        {
            return;
        }

        foreach (var found in DateText.FindAll(script, order))
        {
            Add(found.Date, boilerplate ? DateEvidence.Boilerplate : DateEvidence.Text);
            return;
        }
    }

    /// <summary>Adds the dates named in a script: JSON-LD structured data, or variables in other scripts.</summary>
    public void AddScript(string script, bool structuredData)
    {
        if (script.Length < 20 || !DateText.MayHoldDate(script))
        {
            return;
        }

        foreach (Match match in ScriptDate().Matches(script))
        {
            var key = match.Groups["key"].Value;
            var evidence = key.ToLowerInvariant() switch
            {
                "datemodified" => DateEvidence.Modified,
                "datecreated" or "uploaddate" => DateEvidence.Created,
                "datepublished" when structuredData => DateEvidence.Published,
                _ => DateEvidence.PublishedOther,
            };
            AddValue(match.Groups["value"].Value, evidence);
        }
    }

    [GeneratedRegex(@"[""']?(?<key>datePublished|dateCreated|uploadDate|dateModified|article_publication_date|publish(?:ed)?_?(?:date|time|at)|pubDate|date_?published)[""']?\s*[:=]\s*[""'](?<value>[^""'\r\n]{6,60})[""']", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptDate();

    [GeneratedRegex(@"©|&copy;|\(c\)|copyright", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"updated|modified|aktualisiert|geändert|actualizado|actualizada|mis à jour|modifié|aggiornat|atualizad|bijgewerkt|обновлено|оновлено|zaktualizowano|güncelleme|frissítve|aktualizováno", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdateNote();
}
