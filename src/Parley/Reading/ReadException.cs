namespace Parley.Reading;

/// <summary>The reason an input could not be read, phrased for a one-line error message.</summary>
public sealed class ReadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ReadException() { }

    /// <summary>Creates the exception with a reason.</summary>
    public ReadException(string message) : base(message) { }

    /// <summary>Creates the exception with a reason and its cause.</summary>
    public ReadException(string message, Exception inner) : base(message, inner) { }
}
