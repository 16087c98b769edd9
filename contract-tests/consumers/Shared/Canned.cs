#nullable enable
using System;
using System.Collections.Generic;

namespace Consumer
{
    /// <summary>Canned values a consumer's fakes answer with: a model from its public constructor, an empty collection, an id.</summary>
    public static class Canned
    {
        public const string Id = "32b6e34b3d91647abb20e7b8";

        public static T Of<T>() => (T)Create(typeof(T));

        private static object Create(Type type)
        {
            if (type == typeof(string))
            {
                return Id;
            }

            if (type == typeof(object))
            {
                return new object();
            }

            if (type.IsValueType)
            {
                return Activator.CreateInstance(type)!;
            }

            if (type.IsArray)
            {
                return Array.CreateInstance(type.GetElementType()!, 0);
            }

            if (type.IsInterface && type.IsGenericType)
            {
                var arguments = type.GetGenericArguments();
                var collection = arguments.Length == 2 ? typeof(Dictionary<,>) : typeof(List<>);
                return Activator.CreateInstance(collection.MakeGenericType(arguments))!;
            }

            return Activator.CreateInstance(type)
                ?? throw new InvalidOperationException(type + ": no public parameterless constructor");
        }
    }
}
