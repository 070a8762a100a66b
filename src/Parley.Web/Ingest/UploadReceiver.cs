using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Parley.Web.Ingest;

/// <summary>The files of an upload, saved under a fresh folder with names made safe.</summary>
/// <param name="Folder">The job's own folder (random name), to delete when the job ends.</param>
/// <param name="Files">Each saved file's path and the name the client gave it.</param>
internal sealed record Upload(string Folder, IReadOnlyList<(string Path, string Name)> Files);

/// <summary>An upload refused, with the HTTP status and a message for the client.</summary>
internal sealed class UploadRefusedException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}

/// <summary>Streams a multipart upload to disk: every file under a new random folder, its name reduced to safe characters (no separators, no leading dot), size limits enforced while reading.</summary>
internal static class UploadReceiver
{
    public static async Task<Upload> ReceiveAsync(HttpRequest request, ServerOptions options, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 and <= 70 } boundary)
        {
            throw new UploadRefusedException(StatusCodes.Status400BadRequest, "a multipart/form-data body with a boundary was expected");
        }

        if (request.ContentLength > options.MaxUploadBytes + (64 * 1024))
        {
            throw new UploadRefusedException(StatusCodes.Status413PayloadTooLarge, $"the upload is larger than {Megabytes(options.MaxUploadBytes)} in all");
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            // Multipart headers and boundaries add a little to the files themselves.
            limit.MaxRequestBodySize = options.MaxUploadBytes + (64 * 1024);
        }

        var root = options.UploadFolder ?? Path.GetTempPath();
        var folder = Path.Combine(root, "parley-upload-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var files = new List<(string, string)>();
        try
        {
            var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024 };
            long total = 0;
            while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition())
                {
                    await section.Body.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (files.Count >= options.MaxFiles)
                {
                    throw new UploadRefusedException(StatusCodes.Status413PayloadTooLarge, $"an upload may hold at most {options.MaxFiles} files");
                }

                var clientName = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                var display = DisplayName(clientName);

                // A folder of its own per file keeps the safe name as the document name without any two files colliding.
                var fileFolder = Path.Combine(folder, (files.Count + 1).ToString("D4", CultureInfo.InvariantCulture));
                Directory.CreateDirectory(fileFolder);
                var path = Path.Combine(fileFolder, SafeName(clientName));
                total += await SaveAsync(section.Body, path, display, options, total, cancellationToken).ConfigureAwait(false);
                files.Add((path, display));
            }
        }
        catch
        {
            TryDelete(folder);
            throw;
        }

        if (files.Count == 0)
        {
            TryDelete(folder);
            throw new UploadRefusedException(StatusCodes.Status400BadRequest, "the upload holds no files (send them as multipart form fields with a file name)");
        }

        return new Upload(folder, files);
    }

    private static async Task<long> SaveAsync(Stream body, string path, string display, ServerOptions options, long before, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        long written = 0;
        try
        {
            var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
            await using (output.ConfigureAwait(false))
            {
                int read;
                while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    written += read;
                    if (written > options.MaxFileBytes)
                    {
                        throw new UploadRefusedException(StatusCodes.Status413PayloadTooLarge, $"'{display}' is larger than {Megabytes(options.MaxFileBytes)}, the most one file may be");
                    }

                    if (before + written > options.MaxUploadBytes)
                    {
                        throw new UploadRefusedException(StatusCodes.Status413PayloadTooLarge, $"the upload is larger than {Megabytes(options.MaxUploadBytes)} in all");
                    }

                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return written;
    }

    /// <summary>The client's file name reduced to letters, digits, '.', '-' and '_' (no separators, no leading dot, at most 100 characters).</summary>
    public static string SafeName(string? clientName)
    {
        var name = LastSegment(clientName);
        var builder = new StringBuilder(Math.Min(name.Length, 100));
        foreach (var c in name)
        {
            if (builder.Length == 100)
            {
                break;
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        var safe = builder.ToString().TrimStart('.');
        return safe.Length == 0 || safe.All(c => c == '_') ? "upload" : safe;
    }

    /// <summary>The name shown back to the client in progress and errors: its last path segment, control characters removed, at most 200 characters.</summary>
    public static string DisplayName(string? clientName)
    {
        var name = new string([.. LastSegment(clientName).Where(c => !char.IsControl(c)).Take(200)]);
        return name.Length == 0 ? "upload" : name;
    }

    private static string LastSegment(string? clientName)
    {
        var name = clientName ?? string.Empty;
        var cut = name.LastIndexOfAny(['/', '\\']);
        return cut >= 0 ? name[(cut + 1)..] : name;
    }

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB");

    public static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
