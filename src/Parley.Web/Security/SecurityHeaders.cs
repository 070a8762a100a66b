using Microsoft.AspNetCore.Http;

namespace Parley.Web.Security;

/// <summary>The headers every answer carries: a strict content security policy (no inline script or style, no plugins, no framing), no MIME sniffing, no referrer.</summary>
public static class SecurityHeaders
{
    /// <summary>The content security policy.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; require-trusted-types-for 'script'";

    /// <summary>Adds the headers before the answer starts.</summary>
    internal static Task ApplyAsync(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            headers.CacheControl = "no-store";
        }

        return next(context);
    }

    /// <summary>Refuses a request whose Host header is not one this server answers to (a page elsewhere whose DNS name was rebound to 127.0.0.1 cannot read the API).</summary>
    internal static Func<HttpContext, RequestDelegate, Task> CheckHost(IReadOnlyList<string> allowed)
    {
        var any = allowed.Contains("*");
        var hosts = new HashSet<string>(allowed, StringComparer.OrdinalIgnoreCase);
        return (context, next) =>
        {
            var host = context.Request.Host.Host;
            if (any || (host.Length > 0 && hosts.Contains(host)))
            {
                return next(context);
            }

            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Bad request",
                detail: "this server answers only to its own address (open it as http://127.0.0.1:PORT/ or http://localhost:PORT/)").ExecuteAsync(context);
        };
    }

    /// <summary>Refuses a state-changing request sent by another site's page (cross-site request forgery): its Origin must be this server's, when a browser sends one.</summary>
    internal static Task CheckOriginAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            return next(context);
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        var origin = request.Headers.Origin.ToString();
        var own = $"{request.Scheme}://{request.Host}";
        var crossSite = site is "cross-site" or "same-site"
            || (origin.Length > 0 && !string.Equals(origin, own, StringComparison.OrdinalIgnoreCase));
        if (!crossSite)
        {
            return next(context);
        }

        return Results.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Forbidden",
            detail: "requests that change the store must come from the Parley page itself").ExecuteAsync(context);
    }
}
