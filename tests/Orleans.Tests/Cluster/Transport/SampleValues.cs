using System.Collections;
using System.Reflection;

namespace Orleans.Tests.Cluster.Transport;

/// <summary>Builds a value of any grain argument/result type with every member set to something other than its
/// default (so a member the serializer drops shows up as a difference): primitives, enums, strings, times,
/// collections with one element, records through their widest constructor.</summary>
internal static class SampleValues
{
    public static object? Create(Type type, int depth = 0)
    {
        if (depth > 8)
        {
            throw new InvalidOperationException($"{type} nests too deep for a sample value.");
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Create(underlying, depth);
        }

        if (type == typeof(string)) return "sample-é中";
        if (type == typeof(bool)) return true;
        if (type == typeof(int)) return 7;
        if (type == typeof(long)) return 1234567890123L;
        if (type == typeof(short)) return (short)5;
        if (type == typeof(byte)) return (byte)9;
        if (type == typeof(uint)) return 11u;
        if (type == typeof(ulong)) return 13ul;
        if (type == typeof(double)) return 2.5d;
        if (type == typeof(float)) return 1.5f;
        if (type == typeof(decimal)) return 19.99m;
        if (type == typeof(Guid)) return new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
        if (type == typeof(DateTimeOffset)) return new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.FromHours(8));
        if (type == typeof(DateTime)) return new DateTime(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        if (type == typeof(DateOnly)) return new DateOnly(2025, 1, 2);
        if (type == typeof(TimeSpan)) return TimeSpan.FromMinutes(3);
        if (type == typeof(byte[])) return new byte[] { 1, 2, 3 };
        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.Length > 1 ? values.GetValue(1) : values.GetValue(0);
        }

        if (type.IsArray)
        {
            var array = Array.CreateInstance(type.GetElementType()!, 1);
            array.SetValue(Create(type.GetElementType()!, depth + 1), 0);
            return array;
        }

        if (type.IsGenericType && DictionaryTypes(type) is { } kv)
        {
            var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(kv.Key, kv.Value))!;
            dictionary.Add(Create(kv.Key, depth + 1)!, Create(kv.Value, depth + 1));
            return dictionary;
        }

        if (type.IsGenericType && ElementType(type) is { } element)
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            list.Add(Create(element, depth + 1));
            if (type.IsAssignableFrom(list.GetType()))
            {
                return list;
            }

            // HashSet<T> and other concrete collections with a constructor from IEnumerable<T>.
            return Activator.CreateInstance(type, list);
        }

        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"{type} has no public constructor.");
        var instance = constructor.Invoke(constructor.GetParameters().Select(p => Create(p.ParameterType, depth + 1)).ToArray());
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0))
        {
            if (Equals(property.GetValue(instance), Default(property.PropertyType)))
            {
                property.SetValue(instance, Create(property.PropertyType, depth + 1));
            }
        }

        return instance;
    }

    private static object? Default(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;

    private static KeyValuePair<Type, Type>? DictionaryTypes(Type type)
    {
        var dictionary = new[] { type }.Concat(type.GetInterfaces()).FirstOrDefault(i =>
            i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IDictionary<,>)));
        return dictionary is null ? null : new(dictionary.GetGenericArguments()[0], dictionary.GetGenericArguments()[1]);
    }

    private static Type? ElementType(Type type) =>
        new[] { type }.Concat(type.GetInterfaces())
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];
}
