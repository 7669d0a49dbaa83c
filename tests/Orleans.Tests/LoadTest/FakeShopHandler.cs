using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Orleans.Tools.LoadTest.Protocol;

namespace Orleans.Tests.LoadTest;

/// <summary>A small in-memory stand-in for the API host's protocol surface (signed methods and admin REST), so the
/// runner's orchestration (preparation, token handling, stop on sold out, invariant check, exit codes) is tested
/// here; the run against the real host comes with the identity and admin work. Knobs break it on purpose.</summary>
internal sealed class FakeShopHandler(string secret = FakeShopHandler.Secret) : HttpMessageHandler
{
    public const string Secret = "7512100214f62d7de8ba01b281d6da02";
    public const string AdminPassword = "admin-pass";

    private readonly object _gate = new();
    private readonly Dictionary<string, long> _users = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _sessions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _requestTokens = new(StringComparer.Ordinal);
    private readonly HashSet<string> _signs = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _perUser = [];
    private readonly List<JsonObject> _orders = [];
    private int _quota;
    private int _sold;
    private int _limit;
    private long _saleId;

    /// <summary>Ignore the quota: sells whatever is asked (an oversell to catch).</summary>
    public bool IgnoreQuota { get; init; }

    /// <summary>Answer success without recording the order (an acknowledged order that does not exist).</summary>
    public bool LoseOrders { get; init; }

    public ConcurrentDictionary<string, int> Calls { get; } = new(StringComparer.Ordinal);

    public int Sold
    {
        get
        {
            lock (_gate)
            {
                return _sold;
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (_gate)
        {
            return path.StartsWith("/v1/", StringComparison.Ordinal) ? Admin(request, path, body) : Signed(body);
        }
    }

    private HttpResponseMessage Signed(string body)
    {
        var form = body.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => WebUtility.UrlDecode(p[1]));
        var data = JsonNode.Parse(form["data"])!.AsObject();
        var method = (string)data["method"]!;
        Calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        if (YafSigner.Sign(form["data"], secret) != form["sign"])
        {
            return Yaf(503, "API signature error");
        }

        if (!_signs.Add(form["sign"]))
        {
            return Yaf(503, "请求重复，请勿重复提交");
        }

        string S(string name) => data[name]?.ToString() ?? string.Empty;
        long? Session() => _sessions.TryGetValue(S("token"), out var id) ? id : null;
        switch (method)
        {
            case "seckill.list":
                return Yaf(200, "success", new JsonObject { ["list"] = new JsonArray() });
            case "sms.send":
                _codes[S("mobile")] = Random.Shared.Next(100000, 999999).ToString(CultureInfo.InvariantCulture);
                return Yaf(200, "发送成功");
            case "user.register":
                if (_users.ContainsKey(S("mobile")))
                {
                    return Yaf(604, "账号已注册");
                }

                if (_codes.GetValueOrDefault(S("mobile")) != S("code"))
                {
                    return Yaf(700, "短信验证码不正确");
                }

                _users[S("mobile")] = _users.Count + 1;
                return Yaf(200, "注册成功", new JsonObject { ["token"] = NewSession(_users[S("mobile")]) });
            case "user.login":
                return _codes.GetValueOrDefault(S("mobile")) == S("code") && _users.TryGetValue(S("mobile"), out var loginId)
                    ? Yaf(200, "登录成功", new JsonObject { ["token"] = NewSession(loginId) })
                    : Yaf(700, "短信验证码不正确");
            case "user.logout":
                return _sessions.Remove(S("token")) ? Yaf(200, "退出成功") : Yaf(602, "您还未登录");
            case "user.address.list":
                return Yaf(200, "success", new JsonObject { ["list"] = new JsonArray() });
            case "user.address.add":
                return Session() is { } addressOwner ? Yaf(200, "success", new JsonObject { ["address_id"] = addressOwner * 10 }) : Yaf(602, "您还未登录");
            case "system.request.token":
                var tokens = new JsonArray();
                for (var i = 0; i < int.Parse(S("number"), CultureInfo.InvariantCulture); i++)
                {
                    var token = Guid.NewGuid().ToString("N");
                    _requestTokens.Add(token);
                    tokens.Add(token);
                }

                return Yaf(200, "success", new JsonObject { ["token"] = tokens[0]!.ToString(), ["tokens"] = tokens });
            case "seckill.detail":
                return long.Parse(S("seckill_id"), CultureInfo.InvariantCulture) == _saleId
                    ? Yaf(200, "success", new JsonObject
                    {
                        ["seckill_id"] = _saleId, ["productid"] = 33, ["price"] = 1, ["quota"] = _quota, ["remaining"] = _quota - _sold,
                        ["limit_per_user"] = _limit, ["status"] = _sold >= _quota ? 2 : 1, ["start_time"] = "2025-01-01 00:00:00",
                    })
                    : Yaf(503, "秒杀活动不存在");
            case "seckill.buy":
                return Buy(Session(), S("request_token"), int.Parse(S("quantity"), CultureInfo.InvariantCulture));
            case "goods.list":
                return Yaf(200, "success", new JsonObject { ["list"] = new JsonArray(new JsonObject { ["goodsid"] = 1 }), ["total"] = 1, ["count"] = 20 });
            case "goods.detail":
                return Yaf(200, "success", new JsonObject { ["products"] = new JsonObject { ["single_product"] = new JsonObject { ["productid"] = 33, ["stock"] = 100000 } } });
            case "system.init":
                return Yaf(200, "success", new JsonObject { ["token_status"] = 0 });
            default:
                return Yaf(509, "您的 APP 版本过低，请升级到最新版本");
        }
    }

    private HttpResponseMessage Buy(long? userId, string requestToken, int quantity)
    {
        if (userId is not { } user)
        {
            return Yaf(602, "您还未登录");
        }

        if (!_requestTokens.Contains(requestToken))
        {
            return Yaf(503, "请求令牌无效或已使用");
        }

        if (!IgnoreQuota && _quota - _sold < quantity)
        {
            return Yaf(503, "商品已抢光");
        }

        if (!IgnoreQuota && _perUser.GetValueOrDefault(user) + quantity > _limit)
        {
            return Yaf(503, "已达到每人限购数量");
        }

        _requestTokens.Remove(requestToken);
        var orderSn = "SN" + (_orders.Count + 1).ToString("D10", CultureInfo.InvariantCulture);
        _sold += quantity;
        _perUser[user] = _perUser.GetValueOrDefault(user) + quantity;
        // LoseOrders lists the order under another number: the units add up, but the buyer's order_sn is missing.
        var listedSn = LoseOrders ? "LOST" + orderSn : orderSn;
        _orders.Add(new JsonObject { ["order_sn"] = listedSn, ["userid"] = user, ["seckill_id"] = _saleId, ["order_status"] = 1, ["quantity"] = quantity });
        return Yaf(200, "抢购成功", new JsonObject { ["order_sn"] = orderSn, ["total_price"] = quantity, ["order_status"] = 1 });
    }

    private HttpResponseMessage Admin(HttpRequestMessage request, string path, string body)
    {
        var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query);
        if (path == "/v1/login")
        {
            return JsonNode.Parse(body)!["password"]!.ToString() == AdminPassword
                ? Rest([new JsonObject { ["token"] = "admin-token" }])
                : Rest([], 401, 401, "用户名或密码错误");
        }

        if (!request.Headers.TryGetValues("X-Auth-Token", out var token) || token.Single() != "admin-token")
        {
            return Rest([], 401, 401, "未登录");
        }

        switch (path)
        {
            case "/v1/users":
                return _users.TryGetValue(query["mobile"]!, out var id) ? Rest([new JsonObject { ["userid"] = id }]) : Rest([]);
            case "/v1/sms/outbox":
                return _codes.TryGetValue(query["mobile"]!, out var code) ? Rest([new JsonObject { ["mobile"] = query["mobile"], ["code"] = code }]) : Rest([]);
            case "/v1/seckills":
                var sale = JsonNode.Parse(body)!;
                _quota = (int)sale["quota"]!;
                _limit = (int)sale["limit_per_user"]!;
                _saleId = 77;
                return Rest([new JsonObject { ["id"] = _saleId }]);
            case "/v1/orders":
                var limit = int.Parse(query["__limit"]!, CultureInfo.InvariantCulture);
                var page = int.Parse(query["__page"]!, CultureInfo.InvariantCulture);
                return Rest(_orders.Skip((page - 1) * limit).Take(limit).Select(o => o.DeepClone()).ToArray(), count: _orders.Count);
        }

        if (path.StartsWith("/v1/users/", StringComparison.Ordinal) && path.EndsWith("/gold", StringComparison.Ordinal))
        {
            return Rest([]);
        }

        if (path.StartsWith("/v1/seckills/", StringComparison.Ordinal))
        {
            return long.Parse(path["/v1/seckills/".Length..], CultureInfo.InvariantCulture) == _saleId
                ? Rest([new JsonObject { ["id"] = _saleId, ["productid"] = 33, ["quota"] = _quota, ["sold"] = _sold, ["remaining"] = Math.Max(0, _quota - _sold), ["orders"] = _orders.Count }])
                : Rest([], 404, 404, "秒杀活动不存在");
        }

        return Rest([], 404, 404, "not found");
    }

    private string NewSession(long userId)
    {
        var token = Guid.NewGuid().ToString("N");
        _sessions[token] = userId;
        return token;
    }

    private static HttpResponseMessage Yaf(int code, string msg, JsonObject? data = null)
    {
        var envelope = new JsonObject { ["code"] = code, ["msg"] = msg };
        if (data is not null)
        {
            envelope["data"] = data;
        }

        return Json(HttpStatusCode.OK, envelope);
    }

    private static HttpResponseMessage Rest(JsonNode?[] data, int status = 200, int errCode = 0, string message = "OK", int? count = null) =>
        Json((HttpStatusCode)status, new JsonObject { ["errCode"] = errCode, ["message"] = message, ["count"] = count ?? data.Length, ["data"] = new JsonArray(data) });

    private static HttpResponseMessage Json(HttpStatusCode status, JsonNode node) =>
        new(status) { Content = new StringContent(node.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), Encoding.UTF8, "application/json") };
}
