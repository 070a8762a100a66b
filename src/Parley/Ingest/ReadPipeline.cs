using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Parley.Reading;
using Parley.Reading.Inputs;

namespace Parley.Ingest;

/// <summary>Loads and reads inputs on several threads and hands the outcomes back in input order, holding only a bounded window in memory.</summary>
public sealed class ReadPipeline(ArticleReader reader, InputLoader loader, int parallelism = 0)
{
    private readonly int _parallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount;

    /// <summary>Reads every input; a failure comes back as an outcome, never as an exception.</summary>
    public IAsyncEnumerable<ReadOutcome> ReadAsync(IEnumerable<RawInput> inputs, CancellationToken cancellationToken = default) =>
        ReadAsync(inputs, static outcome => outcome, cancellationToken);

    /// <summary>Reads every input and applies <paramref name="then"/> to each outcome on the worker thread, so per-article work runs in parallel too.</summary>
    public async IAsyncEnumerable<T> ReadAsync<T>(IEnumerable<RawInput> inputs, Func<ReadOutcome, T> then, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(then);
        var window = Channel.CreateBounded<Task<T>>(new BoundedChannelOptions(_parallelism * 4) { SingleReader = true, SingleWriter = true });
        using var slots = new SemaphoreSlim(_parallelism);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var input in inputs)
                    {
                        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                        var task = Task.Run(
                            async () =>
                            {
                                try
                                {
                                    return then(await ReadOneAsync(input, cancellationToken).ConfigureAwait(false));
                                }
                                finally
                                {
                                    slots.Release();
                                }
                            },
                            cancellationToken);
                        await window.Writer.WriteAsync(task, cancellationToken).ConfigureAwait(false);
                    }
                }
                finally
                {
                    window.Writer.TryComplete();
                }
            },
            cancellationToken);

        await foreach (var task in window.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return await task.ConfigureAwait(false);
        }

        await producer.ConfigureAwait(false);
    }

    /// <summary>Loads and reads one input.</summary>
    public async Task<ReadOutcome> ReadOneAsync(RawInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            var loaded = await loader.LoadAsync(input, cancellationToken).ConfigureAwait(false);
            return reader.Read(loaded);
        }
        catch (ReadException e)
        {
            return ReadOutcome.Fail(input.Origin, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A reader bug must not take the batch down: report it against the input and go on.
            return ReadOutcome.Fail(input.Origin, $"could not be read ({e.GetType().Name}: {e.Message})");
        }
    }
}
