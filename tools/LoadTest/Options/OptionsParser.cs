using System.Globalization;
using System.Security.Cryptography;

namespace Orleans.Tools.LoadTest.Options;

/// <summary>Reads the command line: <c>--name value</c> or <c>--name=value</c>; flags take no value. Every mistake
/// is an <see cref="OptionsException"/> that names the option.</summary>
public static class OptionsParser
{
    public const string AdminPasswordVariable = "ADMIN_PASSWORD";

    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "--keep-going" };

    private static readonly HashSet<string> Valued = new(StringComparer.Ordinal)
    {
        "--url", "--appid", "--secret", "--scenario", "--users", "--connections", "--duration", "--rate", "--requests",
        "--quota", "--limit-per-user", "--price", "--quantity", "--seckill-id", "--product-id", "--json", "--admin-user",
        "--admin-password", "--mobile-prefix", "--timeout", "--shards",
    };

    public static bool IsHelp(IReadOnlyList<string> args) => args.Any(a => a is "--help" or "-h" or "-?" or "help");

    public static LoadTestOptions Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var values = Read(args);
        var options = new LoadTestOptions();
        options = options with
        {
            Url = Url(values, options.Url),
            AppId = Text(values, "--appid") ?? options.AppId,
            Secret = Text(values, "--secret") ?? options.Secret,
            Scenario = ScenarioOf(values),
            Users = Int(values, "--users", 1, 1_000_000) ?? options.Users,
            Connections = Int(values, "--connections", 1, 100_000) ?? options.Connections,
            Duration = Duration(values, "--duration", TimeSpan.FromSeconds(1), TimeSpan.FromDays(1)) ?? options.Duration,
            Rate = Rate(values),
            Requests = Int(values, "--requests", 1, int.MaxValue),
            Quota = Int(values, "--quota", 1, 100_000_000) ?? options.Quota,
            LimitPerUser = Int(values, "--limit-per-user", 0, 1_000_000) ?? options.LimitPerUser,
            Price = Int(values, "--price", 1, 1_000_000_000) ?? options.Price,
            Quantity = Int(values, "--quantity", 1, 1_000) ?? options.Quantity,
            SeckillId = Long(values, "--seckill-id"),
            Shards = Int(values, "--shards", 1, LoadTestOptions.MaxShards) ?? options.Shards,
            ProductId = Long(values, "--product-id"),
            KeepGoing = values.ContainsKey("--keep-going"),
            JsonPath = Text(values, "--json"),
            AdminUser = Text(values, "--admin-user") ?? options.AdminUser,
            AdminPassword = Text(values, "--admin-password") ?? NonEmpty(environment(AdminPasswordVariable)),
            Timeout = Duration(values, "--timeout", TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(10)) ?? options.Timeout,
        };

        var prefix = Text(values, "--mobile-prefix");
        options = prefix is null
            ? options with { MobilePrefix = RandomPrefix(options.Users) }
            : options with { MobilePrefix = CheckPrefix(prefix, options.Users), MobilePrefixGiven = true };

        if (options.Scenario == Scenario.Seckill && options.LimitPerUser > 0 && options.Quantity > options.LimitPerUser)
        {
            throw new OptionsException($"--quantity {options.Quantity} is above --limit-per-user {options.LimitPerUser}: every buy would be refused");
        }

        // A sale's K is fixed when it is created: with --seckill-id the generator creates nothing to pass it to.
        if (options.SeckillId is not null && values.ContainsKey("--shards"))
        {
            throw new OptionsException("--shards applies to the sale the generator creates; an existing sale (--seckill-id) keeps its own");
        }

        return options;
    }

    private static Dictionary<string, string> Read(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new OptionsException($"unexpected argument '{arg}'");
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? arg[..equals] : arg;
            string value;
            if (Flags.Contains(name))
            {
                if (equals > 0)
                {
                    throw new OptionsException($"{name} takes no value");
                }

                value = "true";
            }
            else if (!Valued.Contains(name))
            {
                throw new OptionsException($"unknown option {name}");
            }
            else if (equals > 0)
            {
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }
            else
            {
                throw new OptionsException($"{name} needs a value");
            }

            if (!values.TryAdd(name, value))
            {
                throw new OptionsException($"{name} is given twice");
            }
        }

        return values;
    }

    private static string? Text(Dictionary<string, string> values, string name)
    {
        if (!values.TryGetValue(name, out var value))
        {
            return null;
        }

        return value.Length > 0 ? value : throw new OptionsException($"{name} needs a value");
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static Uri Url(Dictionary<string, string> values, Uri fallback)
    {
        var text = Text(values, "--url");
        if (text is null)
        {
            return fallback;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) || !string.IsNullOrEmpty(url.Query))
        {
            throw new OptionsException($"--url '{text}' is not an http:// or https:// address without a query");
        }

        // A trailing slash so relative admin paths (v1/...) append to the URL's path instead of replacing its last segment.
        return url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
    }

    private static Scenario ScenarioOf(Dictionary<string, string> values) => Text(values, "--scenario") switch
    {
        null or "seckill" => Scenario.Seckill,
        "browse" => Scenario.Browse,
        "login" => Scenario.Login,
        "ping" => Scenario.Ping,
        var other => throw new OptionsException($"--scenario '{other}' is not one of seckill, browse, login, ping"),
    };

    private static int? Int(Dictionary<string, string> values, string name, int min, int max)
    {
        var text = Text(values, name);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new OptionsException($"{name} '{text}' is not a whole number from {min.ToString("N0", CultureInfo.InvariantCulture)} to {max.ToString("N0", CultureInfo.InvariantCulture)}");
        }

        return value;
    }

    private static long? Long(Dictionary<string, string> values, string name)
    {
        var text = Text(values, name);
        if (text is null)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new OptionsException($"{name} '{text}' is not a positive id");
    }

    private static double? Rate(Dictionary<string, string> values)
    {
        var text = Text(values, "--rate");
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) && rate > 0 && rate <= 1_000_000
            ? rate
            : throw new OptionsException($"--rate '{text}' is not a number of requests per second above 0 and at most 1,000,000");
    }

    private static TimeSpan? Duration(Dictionary<string, string> values, string name, TimeSpan min, TimeSpan max)
    {
        var text = Text(values, name);
        if (text is null)
        {
            return null;
        }

        return DurationParser.TryParse(text, out var duration) && duration >= min && duration <= max
            ? duration
            : throw new OptionsException($"{name} '{text}' is not a duration from {Describe(min)} to {Describe(max)} (like 500ms, 30s, 2m, 1h)");
    }

    private static string Describe(TimeSpan span) => span.TotalSeconds switch
    {
        < 1 => $"{span.TotalMilliseconds:0}ms",
        < 60 => $"{span.TotalSeconds:0}s",
        < 3600 => $"{span.TotalMinutes:0}m",
        _ => $"{span.TotalHours:0}h",
    };

    /// <summary>Mobiles are 11 digits starting with 1; the prefix must leave room for every user's index.</summary>
    private static string CheckPrefix(string prefix, int users)
    {
        if (prefix.Length is < 1 or > 10 || !prefix.All(char.IsAsciiDigit) || prefix[0] != '1')
        {
            throw new OptionsException($"--mobile-prefix '{prefix}' must be 1 to 10 digits starting with 1");
        }

        if (prefix.Length > 1 && prefix[1] is < '3')
        {
            throw new OptionsException($"--mobile-prefix '{prefix}': mobiles start with 13 to 19");
        }

        var room = Math.Pow(10, 11 - prefix.Length);
        return users <= room
            ? prefix
            : throw new OptionsException($"--mobile-prefix '{prefix}' leaves {11 - prefix.Length} digits, too few for {users.ToString("N0", CultureInfo.InvariantCulture)} users");
    }

    /// <summary>A fresh prefix "199" + random digits, leaving at least 4 digits (and enough for every user), so a run
    /// without --mobile-prefix registers new users that no earlier run made.</summary>
    internal static string RandomPrefix(int users)
    {
        var suffixDigits = Math.Max(4, (users - 1).ToString(CultureInfo.InvariantCulture).Length);
        var randomDigits = 11 - 3 - suffixDigits;
        var prefix = "199";
        for (var i = 0; i < randomDigits; i++)
        {
            prefix += (char)('0' + RandomNumberGenerator.GetInt32(10));
        }

        return prefix;
    }
}
