using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Parley.Reading.Inputs;
using Parley.Web.Ingest;

namespace Parley.Web.Api;

/// <summary>Ingest from the page: uploaded files, or one page or feed address; the job runs in the background and is polled for progress.</summary>
internal static class IngestEndpoints
{
    /// <summary>The largest JSON ingest request.</summary>
    public const int MaxJsonBytes = 64 * 1024;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/ingest").WithTags("ingest");
        api.MapPost("/", StartAsync).WithName("ingest")
            .WithSummary("Starts an ingest job: multipart/form-data files (at most 64 MB each), or JSON {\"url\": ...} or {\"feed\": ...} with an http(s) address. Answers 202 with the job; poll GET /api/ingest/{id}.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery();
        api.MapGet("/{id}", Status).WithName("ingestStatus")
            .WithSummary("An ingest job's progress: inputs read, failed, articles, and when done the documents added.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/", Recent).WithName("ingestJobs").WithSummary("The recent ingest jobs, newest first.");
    }

    private static async Task<Results<Accepted<IngestJobView>, ProblemHttpResult>> StartAsync(HttpRequest request, IngestQueue queue, ServerOptions options, CancellationToken cancellationToken)
    {
        IngestJob job;
        if (request.HasFormContentType && request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            Upload upload;
            try
            {
                upload = await UploadReceiver.ReceiveAsync(request, options, cancellationToken).ConfigureAwait(false);
            }
            catch (UploadRefusedException refused)
            {
                return TypedResults.Problem(statusCode: refused.Status, detail: refused.Message);
            }

            job = new IngestJob(
                "upload",
                [.. upload.Files.Select(f => new RawInput(f.Path, InputKind.File))],
                upload.Files.ToDictionary(f => f.Path, f => f.Name, StringComparer.Ordinal),
                upload.Folder);
        }
        else if (request.ContentType is { } type && type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            if (request.ContentLength > MaxJsonBytes)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, detail: $"a JSON ingest request may be at most {MaxJsonBytes / 1024} KB");
            }

            IngestRequest? body;
            try
            {
                body = await JsonSerializer.DeserializeAsync<IngestRequest>(request.Body, JsonOptions(request), cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException)
            {
                return ReadEndpoints.BadRequest("the body must be JSON: {\"url\": \"https://...\"} or {\"feed\": \"https://...\"}");
            }

            var (kind, address) = body switch
            {
                { Url: { Length: > 0 } url, Feed: null or "" } => ("url", url),
                { Feed: { Length: > 0 } feed, Url: null or "" } => ("feed", feed),
                _ => (null, null),
            };
            if (kind is null || address is null)
            {
                return ReadEndpoints.BadRequest("send exactly one of {\"url\": ...} or {\"feed\": ...}");
            }

            if (!IsWebAddress(address))
            {
                return ReadEndpoints.BadRequest($"only absolute http and https addresses can be ingested, not '{Filters.Shorten(address)}'");
            }

            job = new IngestJob(kind, [new RawInput(address, InputKind.Url)], new Dictionary<string, string>(StringComparer.Ordinal) { [address] = address }, null);
        }
        else
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, detail: "send multipart/form-data files, or JSON {\"url\": ...} or {\"feed\": ...}");
        }

        queue.Enqueue(job);
        return TypedResults.Accepted($"/api/ingest/{job.Id}", job.View());
    }

    private static Results<Ok<IngestJobView>, ProblemHttpResult> Status(string id, IngestQueue queue) =>
        queue.Find(id) is { } job
            ? TypedResults.Ok(job.View())
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: "no such ingest job (finished jobs are kept for a while, then forgotten)");

    private static Ok<IngestJobView[]> Recent(IngestQueue queue) => TypedResults.Ok(queue.Recent().Select(j => j.View()).ToArray());

    /// <summary>Describes the multipart form of <c>POST /api/ingest</c> in the OpenAPI document: a <c>files</c> field of binary files.</summary>
    internal static async Task DescribeUpload(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        // Described here rather than with Accepts(): content-type metadata would also filter routing, turning a wrong type into a 404 instead of this endpoint's 415.
        if (operation.OperationId != "ingest")
        {
            return;
        }

        var json = await context.GetOrCreateSchemaAsync(typeof(IngestRequest), cancellationToken: cancellationToken).ConfigureAwait(false);
        var files = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string>(StringComparer.Ordinal) { "files" },
            Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
            {
                ["files"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                    Description = "The files to ingest (any format Parley reads; at most 64 MB each, 256 MB in all).",
                },
            },
        };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                ["multipart/form-data"] = new OpenApiMediaType { Schema = files },
                ["application/json"] = new OpenApiMediaType { Schema = json },
            },
        };
    }

    /// <summary>True for an absolute http or https address with a host and no user name or password in it.</summary>
    internal static bool IsWebAddress(string address) =>
        address.Length <= 2048
        && Uri.TryCreate(address, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0
        && uri.UserInfo.Length == 0;

    private static JsonSerializerOptions JsonOptions(HttpRequest request) =>
        request.HttpContext.RequestServices.GetService(typeof(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>)) is IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> options
            ? options.Value.SerializerOptions
            : JsonSerializerOptions.Web;
}
