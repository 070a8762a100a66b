using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Parley.Web.Ingest;

namespace Parley.Web.Security;

/// <summary>Turns every exception into an application/problem+json answer with a short, fixed message: no stack trace, no exception text, no paths reach the client.</summary>
internal sealed class ApiExceptionHandler(ServerOptions options) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail) = exception switch
        {
            UploadRefusedException refused => (refused.Status, refused.Message),
            BadHttpRequestException bad when bad.StatusCode == StatusCodes.Status413PayloadTooLarge => (bad.StatusCode, "the request body is too large"),
            BadHttpRequestException bad => (bad.StatusCode, "the request could not be read"),
            JsonException => (StatusCodes.Status400BadRequest, "the request body is not valid JSON of the expected shape"),
            InvalidDataException => (StatusCodes.Status400BadRequest, "the request body is not valid multipart data"),
            NotImplementedException => (StatusCodes.Status501NotImplemented, "this view needs the negotiation-map queries, which this build of Parley does not have yet"),
            SqliteException => (StatusCodes.Status503ServiceUnavailable, "the store could not be read; try again"),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => (499, "the request was cancelled"),
            _ => (StatusCodes.Status500InternalServerError, "an unexpected error occurred"),
        };

        if (status >= 500 && status != StatusCodes.Status501NotImplemented)
        {
            options.Log?.Invoke($"parley: {httpContext.Request.Method} {httpContext.Request.Path}: {exception.GetType().Name}: {exception.Message}");
        }

        if (httpContext.Response.HasStarted)
        {
            return true;
        }

        httpContext.Response.Clear();
        await SecurityHeaders.ApplyAsync(httpContext, static _ => Task.CompletedTask).ConfigureAwait(false);
        await Results.Problem(statusCode: status, detail: detail).ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }
}
