using System.Globalization;
using Bench.Alternatives.Identity;
using Bench.Alternatives.Protocol;
using Bench.Alternatives.Store;

namespace Bench.Alternatives.Mobile;

/// <summary>The methods tools/LoadTest calls, with the product's answer shapes and messages: seckill.list,
/// seckill.detail, sms.send, user.register, user.login (by SMS code), user.address.list/add, system.request.token,
/// seckill.buy. Everything else answers 509 like an unknown method.</summary>
public sealed class MobileApi(MemoryIdentity identity, BenchDatabase database, IPurchaseStore store, TimeProvider clock)
{
    private const int MaxTokensPerCall = 5;

    public Task<YafReply> HandleAsync(YafCall call, CancellationToken cancellationToken) => call.Method switch
    {
        "seckill.buy" => BuyAsync(call, cancellationToken),
        "system.request.token" => Task.FromResult(RequestTokens(call)),
        "seckill.detail" => DetailAsync(call, cancellationToken),
        "seckill.list" => Task.FromResult(YafReply.Ok(new { list = Array.Empty<object>(), isnext = false })),
        "sms.send" => Task.FromResult(SendSms(call)),
        "user.register" => RegisterAsync(call, cancellationToken),
        "user.login" => LoginAsync(call, cancellationToken),
        "user.address.list" => Task.FromResult(Addresses(call)),
        "user.address.add" => Task.FromResult(AddAddress(call)),
        _ => Task.FromResult(YafReply.Fail(509, "您的 APP 版本过低，请升级到最新版本")),
    };

    private async Task<YafReply> BuyAsync(YafCall call, CancellationToken cancellationToken)
    {
        if (identity.UserOf(call.String("token")) is not { } userId)
        {
            return YafReply.Fail(602, "您还未登录");
        }

        var quantity = call.Long("quantity") ?? 0;
        var saleId = call.Long("seckill_id") ?? 0;
        var addressId = call.Long("address_id") ?? 0;
        if (quantity is < 1 or > 10)
        {
            return YafReply.Fail(503, "购买数量不正确");
        }

        var user = identity.User(userId);
        if (!user.HasAddress(addressId))
        {
            return YafReply.Fail(503, "收货地址不存在");
        }

        var requestToken = call.String("request_token");
        if (requestToken is not { Length: > 0 and <= 64 } || !user.TakeToken(requestToken))
        {
            return YafReply.Fail(503, "请求令牌无效或已使用");
        }

        BuyResult result;
        try
        {
            result = await store.BuyAsync(new BuyRequest(saleId, userId, (int)quantity, addressId), cancellationToken);
        }
        catch (Exception)
        {
            // Unknown whether it was decided: the token stays spent, as the product's contract says for an answer
            // that never came; the generator fetches a fresh one.
            return YafReply.Fail(500, "服务器繁忙，请稍后再试");
        }

        if (result.Outcome == BuyOutcome.Ok)
        {
            return YafReply.Ok(new { order_sn = result.OrderSn, total_price = result.Total, order_status = 1 }, "抢购成功");
        }

        user.ReturnToken(requestToken);
        return YafReply.Fail(result.Outcome == BuyOutcome.NotFound ? 404 : 503, Message(result.Outcome));
    }

    private YafReply RequestTokens(YafCall call)
    {
        if (identity.UserOf(call.String("token")) is not { } userId)
        {
            return YafReply.Fail(602, "您还未登录");
        }

        var number = (int)Math.Clamp(call.Long("number") ?? 1, 1, MaxTokensPerCall);
        var tokens = identity.User(userId).IssueTokens(number);
        return tokens.Count == 0
            ? YafReply.Fail(503, "未使用的请求令牌过多")
            : YafReply.Ok(new { tokens, token = tokens[0] });
    }

    private async Task<YafReply> DetailAsync(YafCall call, CancellationToken cancellationToken)
    {
        var saleId = call.Long("seckill_id") ?? 0;
        if (await database.SaleAsync(saleId, cancellationToken) is not { } sale || await store.CountersAsync(saleId, cancellationToken) is not { } counters)
        {
            return YafReply.Fail(404, "秒杀活动不存在");
        }

        var now = clock.GetUtcNow();
        var status = now < sale.StartTime ? 0 : now >= sale.EndTime ? 3 : counters.Remaining <= 0 ? 2 : 1;
        return YafReply.Ok(new
        {
            seckill_id = sale.Id,
            productid = sale.ProductId,
            price = sale.Price,
            quota = sale.Quota,
            remaining = counters.Remaining,
            limit_per_user = sale.LimitPerUser,
            start_time = ChinaTime(sale.StartTime),
            end_time = ChinaTime(sale.EndTime),
            status,
        });
    }

    private YafReply SendSms(YafCall call)
    {
        var mobile = call.String("mobile");
        if (mobile is not { Length: 11 } || !mobile.All(char.IsAsciiDigit))
        {
            return YafReply.Fail(503, "手机号码格式不正确");
        }

        identity.SendCode(mobile);
        return YafReply.Ok(YafReply.Empty, "短信验证码已发送");
    }

    private async Task<YafReply> RegisterAsync(YafCall call, CancellationToken cancellationToken)
    {
        var mobile = call.String("mobile") ?? string.Empty;
        if (!identity.TakeCode(mobile, call.String("code") ?? string.Empty))
        {
            return YafReply.Fail(700, "验证码错误");
        }

        if (await database.CreateUserAsync(mobile, cancellationToken) is not { } userId)
        {
            return YafReply.Fail(604, "该手机号已注册");
        }

        return YafReply.Ok(new { token = identity.OpenSession(userId), userid = userId }, "注册成功");
    }

    private async Task<YafReply> LoginAsync(YafCall call, CancellationToken cancellationToken)
    {
        var mobile = call.String("mobile") ?? string.Empty;
        if (call.Long("login_type") != 1)
        {
            return YafReply.Fail(503, "此压测服务只支持验证码登录");
        }

        if (!identity.TakeCode(mobile, call.String("code") ?? string.Empty))
        {
            return YafReply.Fail(700, "验证码错误");
        }

        return await database.FindUserAsync(mobile, cancellationToken) is { } userId
            ? YafReply.Ok(new { token = identity.OpenSession(userId), userid = userId }, "登录成功")
            : YafReply.Fail(605, "该手机号未注册");
    }

    private YafReply Addresses(YafCall call)
    {
        if (identity.UserOf(call.String("token")) is not { } userId)
        {
            return YafReply.Fail(602, "您还未登录");
        }

        var list = identity.User(userId).Addresses().Select(a => new
        {
            address_id = a.AddressId,
            receiver_name = a.ReceiverName,
            receiver_mobile = a.ReceiverMobile,
            province = a.Province,
            city = a.City,
            district = a.District,
            street = a.Street,
            address = a.Detail,
        });
        return YafReply.Ok(new { list });
    }

    private YafReply AddAddress(YafCall call)
    {
        if (identity.UserOf(call.String("token")) is not { } userId)
        {
            return YafReply.Fail(602, "您还未登录");
        }

        string Field(string name) => (call.String(name) ?? string.Empty) is var text && text.Length <= 100 ? text : text[..100];
        var added = identity.User(userId).AddAddress(_ => new Address(
            identity.NextAddressId(), Field("receiver_name"), Field("receiver_mobile"), Field("province"), Field("city"), Field("district"), Field("street"), Field("address")));
        return added is null
            ? YafReply.Fail(503, "最多保存 5 个收货地址")
            : YafReply.Ok(new { address_id = added.AddressId });
    }

    private static string Message(BuyOutcome outcome) => outcome switch
    {
        BuyOutcome.NotFound => "秒杀活动不存在",
        BuyOutcome.NotStarted => "秒杀尚未开始",
        BuyOutcome.Ended => "秒杀已结束",
        BuyOutcome.SoldOut => "商品已抢光",
        BuyOutcome.LimitReached => "已达到每人限购数量",
        _ => "金币不足",
    };

    public static string ChinaTime(DateTimeOffset time) =>
        time.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
