using System.IO.Hashing;
using System.Runtime.InteropServices;
using Parley.Claims;
using Parley.Reading;
using Parley.Stories;

namespace Parley.Store;

/// <summary>An article with what the writer needs computed off the writer's thread: its content hash and MinHash signature.</summary>
/// <param name="Article">The article.</param>
/// <param name="ContentHash">A 128-bit hash of outlet, title and normalised text: the same content stored twice is the same hash.</param>
/// <param name="Signature">The MinHash signature, or null for very short texts.</param>
/// <param name="Claims">The claims extracted from the article, stored with it.</param>
public sealed record PreparedArticle(Article Article, byte[] ContentHash, uint[]? Signature, IReadOnlyList<Claim> Claims)
{
    /// <summary>Computes the hash and signature, and extracts the claims when an extractor is given.</summary>
    public static PreparedArticle From(Article article, ClaimExtractor? extractor = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var hash = new XxHash128();
        Append(hash, article.Outlet);
        Append(hash, article.Title);
        AppendNormalised(hash, article.Text);
        return new PreparedArticle(article, hash.GetCurrentHash(), MinHash.Signature(article.Text), extractor?.Extract(article) ?? []);
    }

    private static void Append(XxHash128 hash, string? value)
    {
        AppendNormalised(hash, value ?? string.Empty);
        hash.Append([0xFF]);
    }

    private static void AppendNormalised(XxHash128 hash, ReadOnlySpan<char> text)
    {
        // Case and white space do not make new content.
        Span<char> buffer = stackalloc char[256];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            buffer[n++] = char.ToLowerInvariant(c);
            if (n == buffer.Length)
            {
                hash.Append(MemoryMarshal.AsBytes(buffer));
                n = 0;
            }
        }

        hash.Append(MemoryMarshal.AsBytes(buffer[..n]));
    }
}
