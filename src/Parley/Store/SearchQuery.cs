using System.Text;

namespace Parley.Store;

/// <summary>Turns what a user types into an FTS5 query: plain words are quoted (so punctuation cannot break the query), FTS syntax is kept.</summary>
public static class SearchQuery
{
    /// <summary>The FTS5 query for the user's text, or empty when it has no words.</summary>
    public static string ToFts(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (UsesSyntax(query))
        {
            return query.Trim();
        }

        var builder = new StringBuilder();
        var word = new StringBuilder();
        void Flush()
        {
            if (word.Length == 0)
            {
                return;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append('"').Append(word).Append('"');
            word.Clear();
        }

        foreach (var c in query)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return builder.ToString();
    }

    private static bool UsesSyntax(string query) =>
        query.Contains('"', StringComparison.Ordinal) || query.Contains('*', StringComparison.Ordinal)
        || query.Contains(" AND ", StringComparison.Ordinal) || query.Contains(" OR ", StringComparison.Ordinal)
        || query.Contains(" NOT ", StringComparison.Ordinal) || query.Contains("NEAR(", StringComparison.Ordinal);
}
