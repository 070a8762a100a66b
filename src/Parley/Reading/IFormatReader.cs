namespace Parley.Reading;

/// <summary>Reads one decoded input of a given format into articles.</summary>
public interface IFormatReader
{
    /// <summary>Reads every article the input holds; throws <see cref="ReadException"/> when it cannot.</summary>
    IEnumerable<Article> Read(SourceText source);
}
