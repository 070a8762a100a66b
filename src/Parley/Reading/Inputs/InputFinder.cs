namespace Parley.Reading.Inputs;

/// <summary>Expands command-line arguments into inputs: files, folders (recursively), URLs and <c>-</c>.</summary>
public static class InputFinder
{
    /// <summary>Expands the arguments in order; a path that does not exist is returned as a file input so that loading reports it.</summary>
    public static IEnumerable<RawInput> Expand(IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                yield return new RawInput("-", InputKind.StandardInput);
            }
            else if (IsUrl(argument))
            {
                yield return new RawInput(argument, InputKind.Url);
            }
            else if (Directory.Exists(argument))
            {
                foreach (var file in FilesUnder(argument))
                {
                    yield return new RawInput(file, InputKind.File);
                }
            }
            else
            {
                yield return new RawInput(argument, InputKind.File);
            }
        }
    }

    /// <summary>True for an absolute http or https address.</summary>
    public static bool IsUrl(string argument) =>
        argument.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || argument.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static List<string> FilesUnder(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = false,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        var files = new List<string>();
        try
        {
            files.AddRange(Directory.EnumerateFiles(folder, "*", options));
        }
        catch (UnauthorizedAccessException)
        {
            // Enumerate what can be enumerated; an unreadable sub-folder is reported through its path.
            files.Add(folder);
        }

        files.RemoveAll(IsProjectFile);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>A folder's README, LICENSE or CHANGELOG describes the folder; it is not an article. Named explicitly, it is still read.</summary>
    private static bool IsProjectFile(string path)
    {
        var name = Path.GetFileName(path.AsSpan());
        return name.StartsWith("README", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("LICENSE", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("CHANGELOG", StringComparison.OrdinalIgnoreCase);
    }
}
