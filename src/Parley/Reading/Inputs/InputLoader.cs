using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;

namespace Parley.Reading.Inputs;

/// <summary>Loads an input's bytes from disk, standard input or the web, un-gzipping them when they are gzip.</summary>
public sealed class InputLoader : IDisposable
{
    /// <summary>The default largest input accepted, in bytes (after decompression).</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    private readonly Lazy<HttpClient> _http;
    private readonly Func<Stream> _stdin;

    /// <summary>Creates a loader.</summary>
    /// <param name="maxBytes">The largest input accepted, after decompression.</param>
    /// <param name="timeout">How long one web request may take.</param>
    /// <param name="stdin">Opens standard input; replaceable for tests.</param>
    public InputLoader(long maxBytes = DefaultMaxBytes, TimeSpan? timeout = null, Func<Stream>? stdin = null)
    {
        MaxBytes = maxBytes;
        var requestTimeout = timeout ?? TimeSpan.FromSeconds(30);
        _stdin = stdin ?? Console.OpenStandardInput;
        _http = new Lazy<HttpClient>(() =>
        {
#pragma warning disable CA2000 // the client owns and disposes the handler
            var handler = new SocketsHttpHandler
            {
                AllowAutoRedirect = true,
                MaxAutomaticRedirections = 10,
                AutomaticDecompression = DecompressionMethods.All,
                ConnectTimeout = requestTimeout,
            };
#pragma warning restore CA2000
            var client = new HttpClient(handler, disposeHandler: true) { Timeout = requestTimeout };
            client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Parley", "0.1"));
            client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/json,text/plain;q=0.9,*/*;q=0.5");
            return client;
        });
    }

    /// <summary>The largest input accepted, in bytes.</summary>
    public long MaxBytes { get; }

    /// <summary>Loads the input; throws <see cref="ReadException"/> with a one-line reason when it cannot.</summary>
    public async Task<LoadedInput> LoadAsync(RawInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Kind switch
        {
            InputKind.Url => await LoadUrlAsync(input, cancellationToken).ConfigureAwait(false),
            InputKind.StandardInput => Finish(input, await ReadAllAsync(_stdin(), cancellationToken).ConfigureAwait(false), null, null, null),
            _ => Finish(input, LoadFile(input.Origin, cancellationToken), null, null, null),
        };
    }

    private byte[] LoadFile(string path, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            throw new ReadException("is a folder that could not be listed");
        }

        if (!File.Exists(path))
        {
            throw new ReadException("no such file");
        }

        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxBytes)
            {
                throw new ReadException($"file is {Megabytes(length)}, over the {Megabytes(MaxBytes)} limit for one input");
            }

            // Small files: one synchronous read is cheapest (file I/O on Linux is synchronous underneath anyway).
            cancellationToken.ThrowIfCancellationRequested();
            return File.ReadAllBytes(path);
        }
        catch (UnauthorizedAccessException)
        {
            throw new ReadException("permission denied");
        }
        catch (IOException e)
        {
            throw new ReadException($"cannot be read: {e.Message}");
        }
    }

    private async Task<LoadedInput> LoadUrlAsync(RawInput input, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await _http.Value.GetAsync(input.Origin, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ReadException($"timed out after {_http.Value.Timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException e)
        {
            throw new ReadException($"request failed: {e.Message}");
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new ReadException($"server answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            var declared = response.Content.Headers.ContentLength;
            if (declared > MaxBytes)
            {
                throw new ReadException($"response is {Megabytes(declared.Value)}, over the {Megabytes(MaxBytes)} limit for one input");
            }

            byte[] bytes;
            try
            {
                var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    bytes = await ReadAllAsync(stream, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new ReadException($"timed out after {_http.Value.Timeout.TotalSeconds:0} s while reading the body");
            }
            catch (HttpRequestException e)
            {
                throw new ReadException($"body could not be read: {e.Message}");
            }

            var type = response.Content.Headers.ContentType;
            var finalUrl = response.RequestMessage?.RequestUri?.ToString() ?? input.Origin;
            return Finish(input, bytes, type?.MediaType, type?.CharSet, finalUrl);
        }
    }

    private LoadedInput Finish(RawInput input, byte[] bytes, string? contentType, string? charset, string? url)
    {
        if (IsGzip(bytes))
        {
            bytes = Gunzip(bytes);
        }

        return new LoadedInput(input, bytes, contentType, charset, url);
    }

    /// <summary>True when the bytes start with the gzip magic number.</summary>
    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;

    private byte[] Gunzip(byte[] compressed)
    {
        try
        {
            using var source = new MemoryStream(compressed, writable: false);
            using var gzip = new GZipStream(source, CompressionMode.Decompress);
            using var target = new MemoryStream();
            var buffer = new byte[1 << 16];
            int read;
            while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
            {
                target.Write(buffer, 0, read);
                if (target.Length > MaxBytes)
                {
                    throw new ReadException($"gzip content expands past the {Megabytes(MaxBytes)} limit for one input");
                }
            }

            // The trailer holds the uncompressed size mod 2^32: a stream cut short decompresses to less.
            if (compressed.Length >= 18 && (uint)target.Length != BitConverter.ToUInt32(compressed, compressed.Length - 4))
            {
                throw new ReadException("truncated gzip: the stream ends early");
            }

            return target.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new ReadException($"corrupt gzip: {e.Message}");
        }
        catch (EndOfStreamException)
        {
            throw new ReadException("truncated gzip: the stream ends early");
        }
    }

    private async Task<byte[]> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                throw new ReadException($"input is over the {Megabytes(MaxBytes)} limit for one input");
            }
        }

        return buffer.ToArray();
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MB";

    /// <inheritdoc />
    public void Dispose()
    {
        if (_http.IsValueCreated)
        {
            _http.Value.Dispose();
        }
    }
}
