using System.Net;
using System.Net.Sockets;

namespace Parley.Tests.Reading.Inputs;

/// <summary>A real HTTP server on 127.0.0.1 with routes defined by the test.</summary>
public sealed class LocalServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, Func<HttpListenerContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();

    public LocalServer()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(LoopAsync);
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public LocalServer Route(string path, Func<HttpListenerContext, Task> handler)
    {
        _routes[path] = handler;
        return this;
    }

    public LocalServer Content(string path, byte[] body, string contentType) => Route(path, async context =>
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength64 = body.Length;
        await context.Response.OutputStream.WriteAsync(body);
        context.Response.Close();
    });

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }

            _ = Task.Run(async () =>
            {
                try
                {
                    if (_routes.TryGetValue(context.Request.Url!.AbsolutePath, out var handler))
                    {
                        await handler(context);
                    }
                    else
                    {
                        context.Response.StatusCode = 404;
                        context.Response.Close();
                    }
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
                {
                    // The client went away (a timeout test).
                }
            });
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }
}
