using System.Reflection;
using System.Text.Json;
using Orleans.Runtime;
using Orleans.Runtime.Transport;

namespace Orleans.Tests.Cluster.Transport;

public sealed class GrainCallCodecTests
{
    /// <summary>Every parameter and result type of every grain interface of Grains.Abstractions, with the method
    /// that uses it (for the failure message).</summary>
    public static TheoryData<string, Type> GrainInterfaceTypes()
    {
        var data = new TheoryData<string, Type>();
        var seen = new HashSet<Type>();
        var interfaces = typeof(IGrainFactory).Assembly.GetTypes()
            .Where(t => t.IsInterface && typeof(IGrain).IsAssignableFrom(t) &&
                        t != typeof(IGrain) && t != typeof(IGrainWithStringKey) && t != typeof(IGrainWithIntegerKey));
        foreach (var method in interfaces.SelectMany(i => i.GetMethods(BindingFlags.Public | BindingFlags.Instance)))
        {
            var types = method.GetParameters().Select(p => p.ParameterType).ToList();
            var returnType = method.ReturnType;
            if (returnType.IsGenericType)
            {
                types.Add(returnType.GetGenericArguments()[0]);
            }

            foreach (var type in types.Where(seen.Add))
            {
                data.Add($"{method.DeclaringType!.Name}.{method.Name}", type);
            }
        }

        return data;
    }

    [Fact]
    public void The_grain_interfaces_use_many_types()
    {
        // Guards the theory below against silently testing nothing (e.g. if interface discovery broke).
        Assert.True(GrainInterfaceTypes().Count > 40, $"only {GrainInterfaceTypes().Count} types found");
    }

    [Theory]
    [MemberData(nameof(GrainInterfaceTypes))]
    public void Every_grain_interface_type_round_trips_through_the_transport_serializer(string usedBy, Type type)
    {
        var value = SampleValues.Create(type);

        var json = JsonSerializer.Serialize(value, type, GrainCallCodec.Options);
        var back = JsonSerializer.Deserialize(json, type, GrainCallCodec.Options);
        var again = JsonSerializer.Serialize(back, type, GrainCallCodec.Options);

        Assert.True(json == again, $"{type} (used by {usedBy}) changed on the way: {json} became {again}");
        Assert.NotEqual("{}", json);
    }

    [Fact]
    public void Exceptions_are_rebuilt_by_type_name()
    {
        Assert.IsType<InconsistentStateException>(RemoteExceptions.Rebuild(typeof(InconsistentStateException).FullName, "stale"));
        Assert.IsType<ArgumentOutOfRangeException>(RemoteExceptions.Rebuild(typeof(ArgumentOutOfRangeException).FullName, "range"));
        Assert.Equal("range", RemoteExceptions.Rebuild(typeof(ArgumentOutOfRangeException).FullName, "range").Message);
        var unknown = Assert.IsType<RemoteGrainException>(RemoteExceptions.Rebuild("Some.Custom.Failure", "why"));
        Assert.Equal("Some.Custom.Failure", unknown.RemoteType);
        Assert.Equal("why", unknown.RemoteMessage);
    }

    [Fact]
    public void Long_exception_messages_are_cut()
    {
        var (type, message) = RemoteExceptions.Describe(new InvalidOperationException(new string('x', 10_000)));
        Assert.Equal(typeof(InvalidOperationException).FullName, type);
        Assert.Equal(RemoteExceptions.MaxMessageLength, message.Length);
    }
}
