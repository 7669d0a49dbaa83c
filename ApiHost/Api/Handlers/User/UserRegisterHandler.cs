using ApiHost.Api.Handlers.Sms;
using Orleans.Grains.Identity;
using Orleans.Grains.Sms;

namespace ApiHost.Api.Handlers.User;

/// <summary>user.register: registers in the number's index grain (one winner under concurrency, the others 604),
/// then logs the new user in.</summary>
public sealed class UserRegisterHandler : ApiHandler<UserRegisterParameters, UserRegisterResult>
{
    public override string Method => "user.register";

    public override bool IsWrite => true;

    public override bool CountsTowardIpBan => true;

    protected override async Task<ApiResult> HandleAsync(UserRegisterParameters parameters, ApiContext context)
    {
        var mobile = IdentityRules.Mobile(parameters.Mobile);
        var password = IdentityRules.NewPassword(parameters.Password, "password");
        var code = IdentityRules.Secret(parameters.Code, "code");
        var index = context.Grains.GetGrain<IMobileIndexGrain>(mobile);
        if (await index.Lookup() is not null)
        {
            throw AlreadyRegistered();
        }

        // Checked without consuming, and consumed only after the registration: concurrent registrations with the
        // same code then all reach the index, which lets exactly one through and answers the others 604.
        var codes = context.Grains.GetGrain<ISmsCodeGrain>(SmsTemplates.CodeKey(SmsTemplates.Register, mobile));
        var check = await codes.Verify(code);
        if (check != SmsCheck.Correct && await index.Lookup() is not null)
        {
            throw AlreadyRegistered(); // the code was used by a registration that won meanwhile
        }

        SmsCodeErrors.ThrowUnlessCorrect(check);
        var registration = await index.Register(password);
        if (!registration.Created)
        {
            throw AlreadyRegistered();
        }

        // The number is registered whatever this answers; consuming only stops the code from being checked again.
        await codes.Consume(code);
        var grant = await context.Grains.GetGrain<IUserGrain>(registration.UserId).Login(IdentityRules.SlotOf(context.Fixed))
            ?? throw SessionAuthenticator.Locked();
        return Ok("注册成功", UserRegisterResult.Of(grant));
    }

    private static ApiException AlreadyRegistered() => new(ApiErrorKind.AlreadyRegistered, "账号已注册");
}
