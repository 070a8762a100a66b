namespace Parley.Codebooks;

/// <summary>A codebook that cannot be used, with the file, line and field at fault.</summary>
public sealed class CodebookException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CodebookException() { }

    /// <summary>Creates the exception with a message.</summary>
    public CodebookException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public CodebookException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception for a problem at a place in a file: <c>file:line: field: problem</c>.</summary>
    public CodebookException(string source, long line, string field, string problem)
        : base($"{source}:{line}: {field}: {problem}")
    {
        File = source;
        Line = line;
        Field = field;
    }

    /// <summary>The codebook file (or the name given for it) at fault.</summary>
    public string? File { get; }

    /// <summary>The line at fault (1-based), or 0.</summary>
    public long Line { get; }

    /// <summary>The field at fault, as a path (<c>actors[3].id</c>).</summary>
    public string? Field { get; }
}
