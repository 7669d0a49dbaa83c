namespace Orleans.Tools.LoadTest.Options;

/// <summary>The --help text.</summary>
public static class HelpText
{
    public const string Text = """
        LoadTest: flash-sale traffic against a running API host, over the signed mobile protocol.

        usage: dotnet run --project tools/LoadTest -c Release -- [options]

        target
          --url URL              API host (default http://127.0.0.1:5000)
          --appid ID             signing appid (default ios_app_id, the development app)
          --secret SECRET        its secret (default: the development secret of ios_app_id)
          --admin-user NAME      admin API user for set-up and checks (default admin)
          --admin-password PW    its password (default: environment variable ADMIN_PASSWORD)
          --timeout 30s          per-request timeout

        load
          --scenario NAME        seckill (default): buyers fire seckill.buy at one flash sale
                                 browse: anonymous system.init / goods.list / goods.detail (10/30/60%)
                                 login: sms.send, user.login by SMS code, user.logout (token churn)
                                 ping: one signed request of seckill.buy's shape per iteration, no users,
                                 no checks (the bare-endpoint ceiling of bench/)
          --users N              test users to prepare (default 200; browse uses none)
          --connections C        HTTP connections, and workers in the closed loop (default 64)
          --duration 30s         how long to fire (500ms, 30s, 2m, 1h; default 30s)
          --rate R               open loop: R iterations per second whatever the answers do; latency is
                                 measured from each request's intended send time. Absent: closed loop.
          --requests N           stop after N iterations (default: only --duration bounds the run)
          --mobile-prefix P      leading digits of the test users' 11-digit mobiles (default: 199 and random
                                 digits, i.e. new users every run). Give one to reuse users: the first run
                                 registers them, later runs find them and log in by SMS code.

        seckill
          --quota Q              units on sale (default 1000)
          --limit-per-user L     units one user may buy (default 1; 0 = no limit)
          --price P              gold per unit (default 1); each user is credited P x L gold
          --quantity N           units per seckill.buy (default 1)
          --product-id ID        product to sell (default: the first product on goods.list with stock >= Q)
          --seckill-id ID        reuse an existing flash sale instead of creating one
          --shards K             stock shards of the sale it creates (1 to 64, default 1; sent as "shards" to
                                 POST /v1/seckills; see docs/FLASH_SALE_SHARDS.md)
          --keep-going           keep firing after sold out / ended, to measure rejections (default: stop)

        output
          --json PATH            also write the report as JSON
          every second: requests/s, total requests, errors, remaining stock (seckill)
          at the end: throughput, latency p50/p90/p99/p99.9/max per method, answers by code and msg, and
          (seckill) the invariant check through the admin API

        exit codes
          0 done, invariants hold   1 an invariant failed   2 bad option or configuration
          3 the run failed          130 cancelled (Ctrl+C) before the load started

        Host settings for load tests
          By default the host allows 50 SMS per IP and 10 per mobile per day, and 60 s between two codes to one
          mobile: enough for a handful of test users, not for a load test. Start the host with raised limits:

            dotnet run --project ApiHost -c Release -- --urls http://127.0.0.1:5000 \
              --IpGuard:SmsPerDay 1000000 --IpGuard:FailuresToBan 1000000 \
              --Sms:PerMobilePerDay 1000 --Sms:MinInterval 00:00:00

          IpGuard:SmsPerDay and IpGuard:FailuresToBan are the host's names today; the Sms:* names are the ones
          expected from the identity work: check them against the host's README once it is merged.
          Never raise these limits on a public host.

        See docs/LOADTEST.md for examples and the meaning of every column.
        """;
}
