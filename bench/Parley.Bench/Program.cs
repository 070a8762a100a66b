using BenchmarkDotNet.Running;

namespace Parley.Bench;

/// <summary>Benchmarks: <c>throughput text|html [N]</c> for end-to-end ingest rates, <c>writer [N]</c> for the store writer alone, <c>positions [N] [DB]</c> for the position queries over N synthetic claims, or BenchmarkDotNet arguments for micro-benchmarks.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "throughput")
        {
            var kind = args.Length > 1 ? args[1] : "text";
            var count = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : kind == "html" ? 1000 : 20000;
            var met = await Throughput.RunAsync(kind, count, args.Length > 3 ? args[3] : null, kind == "html" ? 100 : 2000);
            return met ? 0 : 1;
        }

        if (args.Length > 0 && args[0] == "html-stages")
        {
            HtmlStageProfile.Run(args.Length > 1 ? args[1] : "../shared/bench/article-extraction");
            return 0;
        }

        if (args.Length > 0 && args[0] == "extract")
        {
            return await Throughput.ExtractAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20000) ? 0 : 1;
        }

        if (args.Length > 0 && args[0] == "serve")
        {
            var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
            return await ServeBench.RunAsync(count, rebuild: args.Contains("--rebuild"));
        }

        if (args.Length > 0 && args[0] == "positions")
        {
            PositionsBench.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000, args.Length > 2 ? args[2] : null);
            return 0;
        }

        if (args.Length > 0 && args[0] == "writer")
        {
            WriterBench.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10000);
            return 0;
        }

        if (args.Length > 0 && args[0] == "stages")
        {
            StageProfile.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000);
            return 0;
        }

        if (args.Length > 0 && args[0] == "read")
        {
            var kind = args.Length > 1 ? args[1] : "text";
            await Throughput.ReadOnlyAsync(kind, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 4000, args.Length > 3 ? args[3] : null);
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
