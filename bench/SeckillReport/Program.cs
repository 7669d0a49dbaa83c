using System.Globalization;
using System.Text;
using Bench.SeckillReport;

// Usage: SeckillReport RESULTS_DIR. Reads RESULTS_DIR/runs.tsv (target, phase, connections, report file or
// "skip: reason" per line, written by bench/seckill-compare.sh), writes summary.md and chart.svg beside it and prints
// the summary.
if (args.Length != 1 || !File.Exists(Path.Combine(args[0], "runs.tsv")))
{
    Console.Error.WriteLine("usage: SeckillReport RESULTS_DIR   (a folder with runs.tsv from bench/seckill-compare.sh)");
    return 2;
}

var folder = args[0];
var runs = new List<RunResult>();
foreach (var line in File.ReadAllLines(Path.Combine(folder, "runs.tsv")).Where(l => l.Length > 0))
{
    var cells = line.Split('\t');
    var connections = int.Parse(cells[2], CultureInfo.InvariantCulture);
    var file = Path.Combine(folder, cells[3]);
    runs.Add(cells[3].StartsWith("skip:", StringComparison.Ordinal) || !File.Exists(file)
        ? new RunResult(cells[0], cells[1], connections, cells[3].StartsWith("skip:", StringComparison.Ordinal) ? cells[3][5..].Trim() : $"no report ({cells[3]})")
        : RunResult.Read(cells[0], cells[1], connections, file));
}

var summary = Summary.Write(runs);
File.WriteAllText(Path.Combine(folder, "summary.md"), summary, new UTF8Encoding(false));
File.WriteAllText(Path.Combine(folder, "chart.svg"), Chart.Svg(runs), new UTF8Encoding(false));
Console.Write(summary);
return runs.Any(r => r.InvariantsHeld == false) ? 1 : 0;
