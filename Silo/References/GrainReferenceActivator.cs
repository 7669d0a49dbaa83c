using System.Linq.Expressions;
using System.Reflection;

namespace Orleans.Runtime;

/// <summary>Makes grain references of one interface. DispatchProxy builds the proxy class once per interface, but every
/// DispatchProxy.Create still finds that class in a locked cache and runs its constructor through reflection; a
/// reference is made for nearly every grain call (handlers and grains call GetGrain per call, as in Orleans), so the
/// constructor is compiled into a delegate once. Should the proxy class not have the one known constructor shape
/// (an argument that the sample instance keeps in a field), references fall back to DispatchProxy.Create.</summary>
internal sealed class GrainReferenceActivator
{
    private readonly Func<object> _create;

    public GrainReferenceActivator(Type interfaceType)
    {
        var sample = DispatchProxy.Create(interfaceType, typeof(GrainReferenceProxy));
        var compiled = Compile(sample);
        IsCompiled = compiled is not null;
        _create = compiled ?? (() => DispatchProxy.Create(interfaceType, typeof(GrainReferenceProxy)));
    }

    /// <summary>Whether references come from the compiled constructor (false: the DispatchProxy.Create fallback).</summary>
    public bool IsCompiled { get; }

    public GrainReferenceProxy Create() => (GrainReferenceProxy)_create();

    private static Func<object>? Compile(object sample)
    {
        var type = sample.GetType();
        if (type.GetConstructors() is not [var constructor])
        {
            return null;
        }

        var arguments = new List<Expression>();
        foreach (var parameter in constructor.GetParameters())
        {
            // The generated class receives its per-class data (the interface's MethodInfos) through the constructor
            // and keeps it in a field; the sample's value is that same shared data.
            var fields = type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(f => f.FieldType == parameter.ParameterType).ToList();
            if (fields is not [var field])
            {
                return null;
            }

            arguments.Add(Expression.Constant(field.GetValue(sample), parameter.ParameterType));
        }

        return Expression.Lambda<Func<object>>(Expression.New(constructor, arguments)).Compile();
    }
}
