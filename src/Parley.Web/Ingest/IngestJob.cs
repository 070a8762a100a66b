using System.Collections.Concurrent;
using Parley.Reading.Inputs;

namespace Parley.Web.Ingest;

/// <summary>Where an ingest job is.</summary>
public enum IngestState
{
    /// <summary>Waiting for the job before it.</summary>
    Queued,

    /// <summary>Reading and storing.</summary>
    Running,

    /// <summary>Finished; some inputs may have failed (see the errors).</summary>
    Done,

    /// <summary>Stopped by an error of the store itself.</summary>
    Failed,
}

/// <summary>What an ingest job has done so far, as <c>GET /api/ingest/{id}</c> answers.</summary>
/// <param name="Id">The job's id.</param>
/// <param name="Kind">What was sent: upload, url or feed.</param>
/// <param name="State">Where the job is.</param>
/// <param name="Inputs">Inputs to read.</param>
/// <param name="Done">Inputs read so far.</param>
/// <param name="Failed">Inputs that could not be read.</param>
/// <param name="Articles">Articles read so far.</param>
/// <param name="Added">New documents stored (known when the job is done).</param>
/// <param name="Duplicates">Articles already stored (known when the job is done).</param>
/// <param name="JoinedStories">New documents grouped with an earlier near-duplicate (known when the job is done).</param>
/// <param name="Errors">One line per input that could not be read, naming it as the client did.</param>
/// <param name="Message">Why the job failed, when it did.</param>
/// <param name="Created">When the job was accepted.</param>
/// <param name="Finished">When it ended.</param>
public sealed record IngestJobView(
    string Id,
    string Kind,
    IngestState State,
    int Inputs,
    int Done,
    int Failed,
    int Articles,
    long Added,
    long Duplicates,
    long JoinedStories,
    IReadOnlyList<InputError> Errors,
    string? Message,
    DateTimeOffset Created,
    DateTimeOffset? Finished);

/// <summary>An input that could not be read and why.</summary>
/// <param name="Input">The input as the client named it (file name or address).</param>
/// <param name="Error">The one-line reason.</param>
public sealed record InputError(string Input, string Error);

/// <summary>One ingest job: its inputs, the names the client gave them, and its progress (updated by the worker, read by requests).</summary>
internal sealed class IngestJob
{
    private readonly ConcurrentQueue<InputError> _errors = new();
    private int _done;
    private int _failed;
    private int _articles;

    public IngestJob(string kind, IReadOnlyList<RawInput> inputs, IReadOnlyDictionary<string, string> names, string? folder)
    {
        Id = Guid.NewGuid().ToString("N");
        Kind = kind;
        Inputs = inputs;
        Names = names;
        Folder = folder;
    }

    public string Id { get; }

    public string Kind { get; }

    public IReadOnlyList<RawInput> Inputs { get; }

    /// <summary>Origin (a temp path or URL) to the name the client used.</summary>
    public IReadOnlyDictionary<string, string> Names { get; }

    /// <summary>The temp folder holding the uploaded files, deleted when the job ends.</summary>
    public string? Folder { get; }

    public DateTimeOffset Created { get; } = DateTimeOffset.UtcNow;

    private volatile IngestState _state;

    public IngestState State
    {
        get => _state;
        set => _state = value;
    }

    public Parley.Ingest.IngestReport? Report { get; set; }

    public string? Message { get; set; }

    public DateTimeOffset? Finished { get; set; }

    public void InputDone(Parley.Reading.ReadOutcome outcome)
    {
        Interlocked.Add(ref _articles, outcome.Articles.Count);
        if (outcome.Failed)
        {
            Interlocked.Increment(ref _failed);
            _errors.Enqueue(new InputError(Names.TryGetValue(outcome.Origin, out var name) ? name : "input", Scrub(outcome.Error!, outcome.Origin, name)));
        }

        Interlocked.Increment(ref _done);
    }

    public IngestJobView View() => new(
        Id,
        Kind,
        State,
        Inputs.Count,
        Volatile.Read(ref _done),
        Volatile.Read(ref _failed),
        Volatile.Read(ref _articles),
        Report?.Added ?? 0,
        Report?.Duplicates ?? 0,
        Report?.JoinedStories ?? 0,
        [.. _errors],
        Message,
        Created,
        Finished);

    /// <summary>Errors may quote the input's path: show the client's name for it, never the server's temp folder.</summary>
    private string Scrub(string error, string origin, string? name)
    {
        var scrubbed = error.Replace(origin, name ?? "input", StringComparison.Ordinal);
        return Folder is null ? scrubbed : scrubbed.Replace(Folder, "upload", StringComparison.Ordinal);
    }
}
