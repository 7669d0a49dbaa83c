namespace Orleans.Grains.Identity;

public sealed record RegistrationResult(bool Created, long UserId);
