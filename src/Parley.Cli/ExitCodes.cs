namespace Parley.Cli;

/// <summary>The process exit codes, documented in the README.</summary>
public static class ExitCodes
{
    /// <summary>Everything succeeded.</summary>
    public const int Ok = 0;

    /// <summary>Some inputs could not be read; the rest were processed.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>The store could not be opened or written, or a benchmark target was missed.</summary>
    public const int Failure = 3;
}
