// The ceiling of bench/seckill-compare.sh: what this machine, Kestrel and the load generator manage when the server
// does no work at all. POST / (where the signed protocol is posted) answers a fixed, small envelope without reading
// the form, checking a signature or calling a grain. Nothing is logged per request, as in the product's host.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();
var answer = """{"code":200,"msg":"success","data":{}}"""u8.ToArray();
app.MapPost("/", (HttpContext context) =>
{
    context.Response.ContentType = "application/json; charset=utf-8";
    context.Response.ContentLength = answer.Length;
    return context.Response.Body.WriteAsync(answer).AsTask();
});
await app.RunAsync();
