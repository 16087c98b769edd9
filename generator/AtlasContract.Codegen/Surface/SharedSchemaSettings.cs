namespace AtlasContract.Codegen;

/// <summary>
/// What the contracts of one surface say about a component schema (an extensible string property, a discriminator
/// base, a rename) holds for that schema in every contract of the surface that has it and says nothing of it: a
/// shared schema is transformed the same way whoever added it, so it stays one model. (A contract added with `add`
/// and the default settings, beside one generated with hand-tuned settings for the same schemas, got prefixed copies
/// of them.) A contract's own entry for a schema always wins; among the others, the first in manifest order.
/// </summary>
internal static class SharedSchemaSettings
{
    /// <param name="own">The contract's own settings.</param>
    /// <param name="others">The settings of the surface's other contracts, in manifest order.</param>
    /// <param name="declared">The component schemas the contract's fragment declares.</param>
    public static TransformSettings Inherit(TransformSettings own, IEnumerable<TransformSettings> others, IReadOnlySet<string> declared)
    {
        var strings = own.ExtensibleStrings.ToList();
        var bases = own.DiscriminatorBases.ToList();
        var renames = new Dictionary<string, string>(own.RenameSchemas, StringComparer.Ordinal);
        foreach (var other in others)
        {
            foreach (var entry in other.ExtensibleStrings)
            {
                if (declared.Contains(entry.Schema) && !strings.Exists(s => s.Schema == entry.Schema && s.Property == entry.Property))
                {
                    strings.Add(entry);
                }
            }

            foreach (var entry in other.DiscriminatorBases)
            {
                if (declared.Contains(entry.Schema) && !bases.Exists(b => b.Schema == entry.Schema))
                {
                    bases.Add(entry);
                }
            }

            foreach (var (schema, name) in other.RenameSchemas)
            {
                if (declared.Contains(schema))
                {
                    renames.TryAdd(schema, name);
                }
            }
        }

        return own with { ExtensibleStrings = strings, DiscriminatorBases = bases, RenameSchemas = renames };
    }
}
