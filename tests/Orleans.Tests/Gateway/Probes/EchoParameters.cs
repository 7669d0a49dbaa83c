namespace Orleans.Tests.Gateway.Probes;

public sealed record EchoParameters(string Text = "", int Number = 0);
