using ApiHost.Api;

namespace ApiHost.Protocols.Dialects;

/// <summary>Which HTTP verbs reach a method in the REST dialects: queries with GET (and POST, since mini programs
/// send only GET and POST), writes with POST, PUT, PATCH or DELETE. Anything else answers 405 with Allow.</summary>
public static class RestVerbs
{
    private static readonly string[] Read = [HttpMethods.Get, HttpMethods.Post];
    private static readonly string[] Write = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];

    public static IReadOnlyList<string> For(IApiHandler handler) => handler.IsWrite ? Write : Read;

    public static bool Allows(IApiHandler handler, string verb) => For(handler).Any(v => HttpMethods.Equals(v, verb));

    /// <summary>The verbs a REST dialect route accepts at all (the others answer 405 before the method is looked up).</summary>
    public static readonly string[] Known = [HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];
}
