namespace Parley.Web;

/// <summary>Counts the changes this server made to the store (ingest jobs that ended), so cached answers and open pages know to refresh.</summary>
internal sealed class DataVersion
{
    private long _value;

    /// <summary>The current version.</summary>
    public long Value => Interlocked.Read(ref _value);

    /// <summary>Marks the store as changed.</summary>
    public void Changed() => Interlocked.Increment(ref _value);
}
