using System.Net;
using Parley.Codebooks;

namespace Parley.Web;

/// <summary>What <c>parley serve</c> serves and how: the store, the codebook, the address and the upload limits.</summary>
/// <param name="Db">The store file (created when missing).</param>
/// <param name="Codebook">The codebook whose labels the page shows and whose extractor reads uploads.</param>
/// <param name="Host">The address to listen on; loopback by default.</param>
/// <param name="Port">The port to listen on; 0 picks a free one.</param>
public sealed record ServerOptions(string Db, Codebook Codebook, string Host = ServerOptions.DefaultHost, int Port = ServerOptions.DefaultPort)
{
    /// <summary>The default address: loopback only.</summary>
    public const string DefaultHost = "127.0.0.1";

    /// <summary>The default port.</summary>
    public const int DefaultPort = 5170;

    /// <summary>The default largest uploaded file: 64 MB, the reader's own input limit.</summary>
    public const long DefaultMaxFileBytes = 64L * 1024 * 1024;

    /// <summary>The default largest upload request: 256 MB in all.</summary>
    public const long DefaultMaxUploadBytes = 256L * 1024 * 1024;

    /// <summary>The default most files in one upload.</summary>
    public const int DefaultMaxFiles = 1000;

    /// <summary>The largest uploaded file, in bytes.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>The largest upload request, in bytes.</summary>
    public long MaxUploadBytes { get; init; } = DefaultMaxUploadBytes;

    /// <summary>The most files in one upload.</summary>
    public int MaxFiles { get; init; } = DefaultMaxFiles;

    /// <summary>Where uploads are kept while they are ingested (a fresh folder per job inside it); the system temp folder by default.</summary>
    public string? UploadFolder { get; init; }

    /// <summary>Whether the heavier answers are remembered until the store changes (on by default; the benchmark turns it off to time the queries themselves).</summary>
    public bool CacheAnswers { get; init; } = true;

    /// <summary>Called with one line for each unexpected server error (no stack trace reaches the client).</summary>
    public Action<string>? Log { get; init; }

    /// <summary>True when the host is a loopback address or <c>localhost</c>.</summary>
    public bool IsLoopback => IsLoopbackHost(Host);

    /// <summary>True for <c>localhost</c> and loopback IP addresses.</summary>
    public static bool IsLoopbackHost(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
