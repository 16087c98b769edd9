namespace AtlasContract.Spec.Diff.Rules;

/// <summary>
/// The JSON Schema 2020-12 keywords of OpenAPI 3.1 under oasdiff's per-keyword ids: a sub-schema keyword
/// (<c>contains</c>, <c>if</c>/<c>then</c>/<c>else</c>, a <c>prefixItems</c> position, <c>propertyNames</c>, a
/// <c>patternProperties</c> entry, <c>dependentSchemas</c>, <c>contentSchema</c>, <c>unevaluatedItems</c>/<c>Properties</c>)
/// that appears or goes, <c>const</c>, <c>contentEncoding</c>/<c>contentMediaType</c>, <c>dependentRequired</c> and 3.1
/// <c>type</c> arrays. Each keyword has four rules: request property (and parameter schemas), request body root,
/// response property (and header schemas), response body root. The level is the reader's or the writer's: a keyword
/// that appears constrains the value, so writers (requests) may be refused (ERR) and readers (responses) get less
/// (INFO); one that goes is the reverse. A changed const, content encoding/media type or dependentRequired list moves
/// the value both ways (ERR on both sides). Where oasdiff rates a case otherwise the rule says why
/// (<see cref="Rule.Differs"/>). <c>family</c> names the rule that classified the change before it took oasdiff's id
/// (a configuration naming it covers this one too); a body-root rule's family is its property rule.
/// </summary>
internal static class KeywordRules
{
    public static readonly Rule[] All =
    [
        // contains-added
        Keyword("request-property-contains-added", Level.Err, RuleKind.Structure, ChangeKind.ContainsAdded, "must now hold an item matching {after}", family: "request-property-type-changed"),
        Keyword("request-body-contains-added", Level.Err, RuleKind.Structure, ChangeKind.ContainsAdded, "must now hold an item matching {after}", family: "request-property-contains-added"),
        Keyword("response-property-contains-added", Level.Info, RuleKind.Structure, ChangeKind.ContainsAdded, "now always holds an item matching {after}", family: "response-property-type-specialized"),
        Keyword("response-body-contains-added", Level.Info, RuleKind.Structure, ChangeKind.ContainsAdded, "now always holds an item matching {after}", family: "response-property-contains-added"),
        // contains-removed
        Keyword("request-property-contains-removed", Level.Info, RuleKind.Structure, ChangeKind.ContainsRemoved, "no longer needs an item matching {before}", family: "request-property-type-generalized"),
        Keyword("request-body-contains-removed", Level.Info, RuleKind.Structure, ChangeKind.ContainsRemoved, "no longer needs an item matching {before}", family: "request-property-contains-removed"),
        Keyword("response-property-contains-removed", Level.Err, RuleKind.Structure, ChangeKind.ContainsRemoved, "may no longer hold an item matching {before}", family: "response-property-type-changed"),
        Keyword("response-body-contains-removed", Level.Err, RuleKind.Structure, ChangeKind.ContainsRemoved, "may no longer hold an item matching {before}", family: "response-property-contains-removed"),
        // if-added
        Keyword("request-property-if-added", Level.Err, RuleKind.Structure, ChangeKind.IfAdded, "gained the condition {after}: its then/else now apply"),
        Keyword("request-body-if-added", Level.Err, RuleKind.Structure, ChangeKind.IfAdded, "gained the condition {after}: its then/else now apply", family: "request-property-if-added"),
        Keyword("response-property-if-added", Level.Info, RuleKind.Structure, ChangeKind.IfAdded, "gained the condition {after}: its then/else now apply"),
        Keyword("response-body-if-added", Level.Info, RuleKind.Structure, ChangeKind.IfAdded, "gained the condition {after}: its then/else now apply", family: "response-property-if-added"),
        // if-removed
        Keyword("request-property-if-removed", Level.Info, RuleKind.Structure, ChangeKind.IfRemoved, "lost the condition {before}: its then/else no longer apply"),
        Keyword("request-body-if-removed", Level.Info, RuleKind.Structure, ChangeKind.IfRemoved, "lost the condition {before}: its then/else no longer apply", family: "request-property-if-removed"),
        Keyword("response-property-if-removed", Level.Err, RuleKind.Structure, ChangeKind.IfRemoved, "lost the condition {before}: its then/else no longer apply"),
        Keyword("response-body-if-removed", Level.Err, RuleKind.Structure, ChangeKind.IfRemoved, "lost the condition {before}: its then/else no longer apply", family: "response-property-if-removed"),
        // then-added
        Keyword("request-property-then-added", Level.Err, RuleKind.Structure, ChangeKind.ThenAdded, "must now match {after} where its if holds", family: "request-property-type-changed"),
        Keyword("request-body-then-added", Level.Err, RuleKind.Structure, ChangeKind.ThenAdded, "must now match {after} where its if holds", family: "request-property-then-added"),
        Keyword("response-property-then-added", Level.Info, RuleKind.Structure, ChangeKind.ThenAdded, "now matches {after} where its if holds", family: "response-property-type-specialized"),
        Keyword("response-body-then-added", Level.Info, RuleKind.Structure, ChangeKind.ThenAdded, "now matches {after} where its if holds", family: "response-property-then-added"),
        // then-removed
        Keyword("request-property-then-removed", Level.Info, RuleKind.Structure, ChangeKind.ThenRemoved, "no longer needs to match {before} where its if holds", family: "request-property-type-generalized"),
        Keyword("request-body-then-removed", Level.Info, RuleKind.Structure, ChangeKind.ThenRemoved, "no longer needs to match {before} where its if holds", family: "request-property-then-removed"),
        Keyword("response-property-then-removed", Level.Err, RuleKind.Structure, ChangeKind.ThenRemoved, "may no longer match {before} where its if holds", family: "response-property-type-changed"),
        Keyword("response-body-then-removed", Level.Err, RuleKind.Structure, ChangeKind.ThenRemoved, "may no longer match {before} where its if holds", family: "response-property-then-removed"),
        // else-added
        Keyword("request-property-else-added", Level.Err, RuleKind.Structure, ChangeKind.ElseAdded, "must now match {after} where its if fails", family: "request-property-type-changed"),
        Keyword("request-body-else-added", Level.Err, RuleKind.Structure, ChangeKind.ElseAdded, "must now match {after} where its if fails", family: "request-property-else-added"),
        Keyword("response-property-else-added", Level.Info, RuleKind.Structure, ChangeKind.ElseAdded, "now matches {after} where its if fails", family: "response-property-type-specialized"),
        Keyword("response-body-else-added", Level.Info, RuleKind.Structure, ChangeKind.ElseAdded, "now matches {after} where its if fails", family: "response-property-else-added"),
        // else-removed
        Keyword("request-property-else-removed", Level.Info, RuleKind.Structure, ChangeKind.ElseRemoved, "no longer needs to match {before} where its if fails", family: "request-property-type-generalized"),
        Keyword("request-body-else-removed", Level.Info, RuleKind.Structure, ChangeKind.ElseRemoved, "no longer needs to match {before} where its if fails", family: "request-property-else-removed"),
        Keyword("response-property-else-removed", Level.Err, RuleKind.Structure, ChangeKind.ElseRemoved, "may no longer match {before} where its if fails", family: "response-property-type-changed"),
        Keyword("response-body-else-removed", Level.Err, RuleKind.Structure, ChangeKind.ElseRemoved, "may no longer match {before} where its if fails", family: "response-property-else-removed"),
        // const-added
        Keyword("request-property-const-added", Level.Err, RuleKind.Values, ChangeKind.ConstAdded, "is now fixed to {after}", family: "request-property-became-enum"),
        Keyword("request-body-const-added", Level.Err, RuleKind.Values, ChangeKind.ConstAdded, "is now fixed to {after}", family: "request-property-const-added"),
        Keyword("response-property-const-added", Level.Info, RuleKind.Values, ChangeKind.ConstAdded, "is now always {after}", family: "response-property-became-enum"),
        Keyword("response-body-const-added", Level.Info, RuleKind.Values, ChangeKind.ConstAdded, "is now always {after}", family: "response-property-const-added"),
        // const-removed
        Keyword("request-property-const-removed", Level.Info, RuleKind.Values, ChangeKind.ConstRemoved, "is no longer fixed to {before}", family: "request-property-enum-constraint-removed"),
        Keyword("request-body-const-removed", Level.Info, RuleKind.Values, ChangeKind.ConstRemoved, "is no longer fixed to {before}", family: "request-property-const-removed"),
        Keyword("response-property-const-removed", Level.Err, RuleKind.Values, ChangeKind.ConstRemoved, "may now be other than {before}", family: "response-property-enum-constraint-removed"),
        Keyword("response-body-const-removed", Level.Err, RuleKind.Values, ChangeKind.ConstRemoved, "may now be other than {before}", family: "response-property-const-removed"),
        // const-changed
        Keyword("request-property-const-changed", Level.Err, RuleKind.Values, ChangeKind.ConstChanged, "must now be {after} instead of {before}", family: "request-property-enum-value-removed"),
        Keyword("request-body-const-changed", Level.Err, RuleKind.Values, ChangeKind.ConstChanged, "must now be {after} instead of {before}", family: "request-property-const-changed"),
        Keyword("response-property-const-changed", Level.Err, RuleKind.Values, ChangeKind.ConstChanged, "is now {after} instead of {before}", family: "response-property-enum-value-added"),
        Keyword("response-body-const-changed", Level.Err, RuleKind.Values, ChangeKind.ConstChanged, "is now {after} instead of {before}", family: "response-property-const-changed"),
        // content-encoding-changed
        Keyword("request-property-content-encoding-changed", Level.Err, RuleKind.Type, ChangeKind.ContentEncodingChanged, "content encoding changed from {before} to {after}", family: "request-property-type-changed"),
        Keyword("request-body-content-encoding-changed", Level.Err, RuleKind.Type, ChangeKind.ContentEncodingChanged, "content encoding changed from {before} to {after}", family: "request-property-content-encoding-changed"),
        Keyword("response-property-content-encoding-changed", Level.Err, RuleKind.Type, ChangeKind.ContentEncodingChanged, "content encoding changed from {before} to {after}", family: "response-property-type-changed"),
        Keyword("response-body-content-encoding-changed", Level.Err, RuleKind.Type, ChangeKind.ContentEncodingChanged, "content encoding changed from {before} to {after}", family: "response-property-content-encoding-changed"),
        // content-media-type-changed
        Keyword("request-property-content-media-type-changed", Level.Err, RuleKind.Type, ChangeKind.ContentMediaTypeChanged, "content media type changed from {before} to {after}", family: "request-property-type-changed"),
        Keyword("request-body-content-media-type-changed", Level.Err, RuleKind.Type, ChangeKind.ContentMediaTypeChanged, "content media type changed from {before} to {after}", family: "request-property-content-media-type-changed"),
        Keyword("response-property-content-media-type-changed", Level.Err, RuleKind.Type, ChangeKind.ContentMediaTypeChanged, "content media type changed from {before} to {after}", family: "response-property-type-changed"),
        Keyword("response-body-content-media-type-changed", Level.Err, RuleKind.Type, ChangeKind.ContentMediaTypeChanged, "content media type changed from {before} to {after}", family: "response-property-content-media-type-changed"),
        // content-schema-added
        Keyword("request-property-content-schema-added", Level.Err, RuleKind.Existence, ChangeKind.ContentSchemaAdded, "content must now match {after}", family: "request-property-type-changed"),
        Keyword("request-body-content-schema-added", Level.Err, RuleKind.Existence, ChangeKind.ContentSchemaAdded, "content must now match {after}", family: "request-property-content-schema-added"),
        Keyword("response-property-content-schema-added", Level.Info, RuleKind.Existence, ChangeKind.ContentSchemaAdded, "content now matches {after}", family: "response-property-type-specialized"),
        Keyword("response-body-content-schema-added", Level.Info, RuleKind.Existence, ChangeKind.ContentSchemaAdded, "content now matches {after}", family: "response-property-content-schema-added"),
        // content-schema-removed
        Keyword("request-property-content-schema-removed", Level.Info, RuleKind.Existence, ChangeKind.ContentSchemaRemoved, "content no longer needs to match {before}", family: "request-property-type-generalized"),
        Keyword("request-body-content-schema-removed", Level.Info, RuleKind.Existence, ChangeKind.ContentSchemaRemoved, "content no longer needs to match {before}", family: "request-property-content-schema-removed"),
        Keyword("response-property-content-schema-removed", Level.Err, RuleKind.Existence, ChangeKind.ContentSchemaRemoved, "content may no longer match {before}", family: "response-property-type-changed"),
        Keyword("response-body-content-schema-removed", Level.Err, RuleKind.Existence, ChangeKind.ContentSchemaRemoved, "content may no longer match {before}", family: "response-property-content-schema-removed"),
        // dependent-required-added
        Keyword("request-property-dependent-required-added", Level.Err, RuleKind.Structure, ChangeKind.DependentRequiredAdded, "now requires properties together ({after})", family: "request-property-became-required"),
        Keyword("request-body-dependent-required-added", Level.Err, RuleKind.Structure, ChangeKind.DependentRequiredAdded, "now requires properties together ({after})", family: "request-property-dependent-required-added"),
        Keyword("response-property-dependent-required-added", Level.Info, RuleKind.Structure, ChangeKind.DependentRequiredAdded, "now guarantees properties together ({after})", family: "response-property-became-required"),
        Keyword("response-body-dependent-required-added", Level.Info, RuleKind.Structure, ChangeKind.DependentRequiredAdded, "now guarantees properties together ({after})", family: "response-property-dependent-required-added"),
        // dependent-required-removed
        Keyword("request-property-dependent-required-removed", Level.Info, RuleKind.Structure, ChangeKind.DependentRequiredRemoved, "no longer requires properties together ({before})", family: "request-property-became-optional"),
        Keyword("request-body-dependent-required-removed", Level.Info, RuleKind.Structure, ChangeKind.DependentRequiredRemoved, "no longer requires properties together ({before})", family: "request-property-dependent-required-removed"),
        Keyword("response-property-dependent-required-removed", Level.Err, RuleKind.Structure, ChangeKind.DependentRequiredRemoved, "no longer guarantees properties together ({before})", family: "response-property-became-optional"),
        Keyword("response-body-dependent-required-removed", Level.Err, RuleKind.Structure, ChangeKind.DependentRequiredRemoved, "no longer guarantees properties together ({before})", family: "response-property-dependent-required-removed"),
        // dependent-required-changed
        Keyword("request-property-dependent-required-changed", Level.Err, RuleKind.Structure, ChangeKind.DependentRequiredChanged, "properties required together changed from ({before}) to ({after})", family: "request-property-became-required"),
        Keyword("request-body-dependent-required-changed", Level.Err, RuleKind.Structure, ChangeKind.DependentRequiredChanged, "properties required together changed from ({before}) to ({after})", family: "request-property-dependent-required-changed"),
        Keyword("response-property-dependent-required-changed", Level.Err, RuleKind.Structure, ChangeKind.DependentRequiredChanged, "properties guaranteed together changed from ({before}) to ({after})", family: "response-property-became-optional"),
        Keyword("response-body-dependent-required-changed", Level.Err, RuleKind.Structure, ChangeKind.DependentRequiredChanged, "properties guaranteed together changed from ({before}) to ({after})", family: "response-property-dependent-required-changed"),
        // dependent-schema-added
        Keyword("request-property-dependent-schema-added", Level.Err, RuleKind.Structure, ChangeKind.DependentSchemaAdded, "must now match {after} where that property is present", family: "request-property-type-changed"),
        Keyword("request-body-dependent-schema-added", Level.Err, RuleKind.Structure, ChangeKind.DependentSchemaAdded, "must now match {after} where that property is present", family: "request-property-dependent-schema-added"),
        Keyword("response-property-dependent-schema-added", Level.Info, RuleKind.Structure, ChangeKind.DependentSchemaAdded, "now matches {after} where that property is present", family: "response-property-type-specialized"),
        Keyword("response-body-dependent-schema-added", Level.Info, RuleKind.Structure, ChangeKind.DependentSchemaAdded, "now matches {after} where that property is present", family: "response-property-dependent-schema-added"),
        // dependent-schema-removed
        Keyword("request-property-dependent-schema-removed", Level.Info, RuleKind.Structure, ChangeKind.DependentSchemaRemoved, "no longer needs to match {before} where that property is present", family: "request-property-type-generalized"),
        Keyword("request-body-dependent-schema-removed", Level.Info, RuleKind.Structure, ChangeKind.DependentSchemaRemoved, "no longer needs to match {before} where that property is present", family: "request-property-dependent-schema-removed"),
        Keyword("response-property-dependent-schema-removed", Level.Err, RuleKind.Structure, ChangeKind.DependentSchemaRemoved, "may no longer match {before} where that property is present", family: "response-property-type-changed"),
        Keyword("response-body-dependent-schema-removed", Level.Err, RuleKind.Structure, ChangeKind.DependentSchemaRemoved, "may no longer match {before} where that property is present", family: "response-property-dependent-schema-removed"),
        // prefix-items-added
        Keyword("request-property-prefix-items-added", Level.Err, RuleKind.Structure, ChangeKind.PrefixItemsAdded, "must now match {after} at that position", family: "request-property-type-changed")
            with { Differs = "a new prefixItems position constrains an item clients could send freely before: values they send there may be refused (a position that was the items schema's is compared against it instead, as the retyping it is)", OasdiffLevel = Level.Info },
        Keyword("request-body-prefix-items-added", Level.Err, RuleKind.Structure, ChangeKind.PrefixItemsAdded, "must now match {after} at that position", family: "request-property-prefix-items-added")
            with { Differs = "a new prefixItems position constrains an item clients could send freely before: values they send there may be refused (a position that was the items schema's is compared against it instead, as the retyping it is)", OasdiffLevel = Level.Info },
        Keyword("response-property-prefix-items-added", Level.Info, RuleKind.Structure, ChangeKind.PrefixItemsAdded, "now holds {after} at that position", family: "response-property-type-specialized")
            with { Differs = "a position that could hold anything now holds only what its schema allows: clients read less variety, nothing new", OasdiffLevel = Level.Err },
        Keyword("response-body-prefix-items-added", Level.Info, RuleKind.Structure, ChangeKind.PrefixItemsAdded, "now holds {after} at that position", family: "response-property-prefix-items-added")
            with { Differs = "a position that could hold anything now holds only what its schema allows: clients read less variety, nothing new", OasdiffLevel = Level.Err },
        // prefix-items-removed
        Keyword("request-property-prefix-items-removed", Level.Info, RuleKind.Structure, ChangeKind.PrefixItemsRemoved, "no longer needs to match {before} at that position", family: "request-property-type-generalized")
            with { Differs = "without its prefixItems schema the position takes anything (a position that falls back to the items schema is compared against it instead): nothing clients send is newly refused", OasdiffLevel = Level.Err },
        Keyword("request-body-prefix-items-removed", Level.Info, RuleKind.Structure, ChangeKind.PrefixItemsRemoved, "no longer needs to match {before} at that position", family: "request-property-prefix-items-removed")
            with { Differs = "without its prefixItems schema the position takes anything (a position that falls back to the items schema is compared against it instead): nothing clients send is newly refused", OasdiffLevel = Level.Err },
        Keyword("response-property-prefix-items-removed", Level.Err, RuleKind.Structure, ChangeKind.PrefixItemsRemoved, "may no longer hold {before} at that position", family: "response-property-type-changed")
            with { Differs = "a position clients read as typed may now hold anything", OasdiffLevel = Level.Info },
        Keyword("response-body-prefix-items-removed", Level.Err, RuleKind.Structure, ChangeKind.PrefixItemsRemoved, "may no longer hold {before} at that position", family: "response-property-prefix-items-removed")
            with { Differs = "a position clients read as typed may now hold anything", OasdiffLevel = Level.Info },
        // property-names-added
        Keyword("request-property-property-names-added", Level.Err, RuleKind.Structure, ChangeKind.PropertyNamesAdded, "property names must now match {after}", family: "request-property-pattern-added"),
        Keyword("request-body-property-names-added", Level.Err, RuleKind.Structure, ChangeKind.PropertyNamesAdded, "property names must now match {after}", family: "request-property-property-names-added"),
        Keyword("response-property-property-names-added", Level.Info, RuleKind.Structure, ChangeKind.PropertyNamesAdded, "property names now match {after}", family: "response-property-pattern-changed"),
        Keyword("response-body-property-names-added", Level.Info, RuleKind.Structure, ChangeKind.PropertyNamesAdded, "property names now match {after}", family: "response-property-property-names-added"),
        // property-names-removed
        Keyword("request-property-property-names-removed", Level.Info, RuleKind.Structure, ChangeKind.PropertyNamesRemoved, "property names no longer need to match {before}", family: "request-property-pattern-removed"),
        Keyword("request-body-property-names-removed", Level.Info, RuleKind.Structure, ChangeKind.PropertyNamesRemoved, "property names no longer need to match {before}", family: "request-property-property-names-removed"),
        Keyword("response-property-property-names-removed", Level.Err, RuleKind.Structure, ChangeKind.PropertyNamesRemoved, "property names may no longer match {before}", family: "response-property-pattern-changed"),
        Keyword("response-body-property-names-removed", Level.Err, RuleKind.Structure, ChangeKind.PropertyNamesRemoved, "property names may no longer match {before}", family: "response-property-property-names-removed"),
        // pattern-property-added
        Keyword("request-property-pattern-property-added", Level.Err, RuleKind.Constraints, ChangeKind.PatternPropertyAdded, "properties whose name matches must now match {after}", family: "request-property-type-changed"),
        Keyword("request-body-pattern-property-added", Level.Err, RuleKind.Constraints, ChangeKind.PatternPropertyAdded, "properties whose name matches must now match {after}", family: "request-property-pattern-property-added"),
        Keyword("response-property-pattern-property-added", Level.Info, RuleKind.Constraints, ChangeKind.PatternPropertyAdded, "properties whose name matches now match {after}", family: "response-property-type-specialized"),
        Keyword("response-body-pattern-property-added", Level.Info, RuleKind.Constraints, ChangeKind.PatternPropertyAdded, "properties whose name matches now match {after}", family: "response-property-pattern-property-added"),
        // pattern-property-removed
        Keyword("request-property-pattern-property-removed", Level.Info, RuleKind.Constraints, ChangeKind.PatternPropertyRemoved, "properties whose name matches no longer need to match {before}", family: "request-property-type-generalized"),
        Keyword("request-body-pattern-property-removed", Level.Info, RuleKind.Constraints, ChangeKind.PatternPropertyRemoved, "properties whose name matches no longer need to match {before}", family: "request-property-pattern-property-removed"),
        Keyword("response-property-pattern-property-removed", Level.Err, RuleKind.Constraints, ChangeKind.PatternPropertyRemoved, "properties whose name matches may no longer match {before}", family: "response-property-type-changed"),
        Keyword("response-body-pattern-property-removed", Level.Err, RuleKind.Constraints, ChangeKind.PatternPropertyRemoved, "properties whose name matches may no longer match {before}", family: "response-property-pattern-property-removed"),
        // unevaluated-items-added
        Keyword("request-property-unevaluated-items-added", Level.Err, RuleKind.Structure, ChangeKind.UnevaluatedItemsAdded, "now restricts the items no other keyword covers ({after})"),
        Keyword("request-body-unevaluated-items-added", Level.Err, RuleKind.Structure, ChangeKind.UnevaluatedItemsAdded, "now restricts the items no other keyword covers ({after})", family: "request-property-unevaluated-items-added"),
        Keyword("response-property-unevaluated-items-added", Level.Info, RuleKind.Structure, ChangeKind.UnevaluatedItemsAdded, "now restricts the items no other keyword covers ({after})"),
        Keyword("response-body-unevaluated-items-added", Level.Info, RuleKind.Structure, ChangeKind.UnevaluatedItemsAdded, "now restricts the items no other keyword covers ({after})", family: "response-property-unevaluated-items-added"),
        // unevaluated-items-removed
        Keyword("request-property-unevaluated-items-removed", Level.Info, RuleKind.Structure, ChangeKind.UnevaluatedItemsRemoved, "no longer restricts the items no other keyword covers ({before})"),
        Keyword("request-body-unevaluated-items-removed", Level.Info, RuleKind.Structure, ChangeKind.UnevaluatedItemsRemoved, "no longer restricts the items no other keyword covers ({before})", family: "request-property-unevaluated-items-removed"),
        Keyword("response-property-unevaluated-items-removed", Level.Err, RuleKind.Structure, ChangeKind.UnevaluatedItemsRemoved, "no longer restricts the items no other keyword covers ({before})"),
        Keyword("response-body-unevaluated-items-removed", Level.Err, RuleKind.Structure, ChangeKind.UnevaluatedItemsRemoved, "no longer restricts the items no other keyword covers ({before})", family: "response-property-unevaluated-items-removed"),
        // unevaluated-properties-added
        Keyword("request-property-unevaluated-properties-added", Level.Err, RuleKind.Structure, ChangeKind.UnevaluatedPropertiesAdded, "now restricts the properties no other keyword declares ({after})", family: "request-property-additional-properties-disallowed"),
        Keyword("request-body-unevaluated-properties-added", Level.Err, RuleKind.Structure, ChangeKind.UnevaluatedPropertiesAdded, "now restricts the properties no other keyword declares ({after})", family: "request-property-unevaluated-properties-added"),
        Keyword("response-property-unevaluated-properties-added", Level.Info, RuleKind.Structure, ChangeKind.UnevaluatedPropertiesAdded, "now restricts the properties no other keyword declares ({after})", family: "response-property-additional-properties-disallowed"),
        Keyword("response-body-unevaluated-properties-added", Level.Info, RuleKind.Structure, ChangeKind.UnevaluatedPropertiesAdded, "now restricts the properties no other keyword declares ({after})", family: "response-property-unevaluated-properties-added"),
        // unevaluated-properties-removed
        Keyword("request-property-unevaluated-properties-removed", Level.Info, RuleKind.Structure, ChangeKind.UnevaluatedPropertiesRemoved, "no longer restricts the properties no other keyword declares ({before})", family: "request-property-additional-properties-allowed"),
        Keyword("request-body-unevaluated-properties-removed", Level.Info, RuleKind.Structure, ChangeKind.UnevaluatedPropertiesRemoved, "no longer restricts the properties no other keyword declares ({before})", family: "request-property-unevaluated-properties-removed"),
        Keyword("response-property-unevaluated-properties-removed", Level.Err, RuleKind.Structure, ChangeKind.UnevaluatedPropertiesRemoved, "no longer restricts the properties no other keyword declares ({before})", family: "response-property-additional-properties-allowed"),
        Keyword("response-body-unevaluated-properties-removed", Level.Err, RuleKind.Structure, ChangeKind.UnevaluatedPropertiesRemoved, "no longer restricts the properties no other keyword declares ({before})", family: "response-property-unevaluated-properties-removed"),
        // list-of-types-widened
        Keyword("request-property-list-of-types-widened", Level.Info, RuleKind.Type, ChangeKind.ListOfTypesWidened, "accepts more types: {before} became {after}", family: "request-property-type-changed"),
        Keyword("request-body-list-of-types-widened", Level.Info, RuleKind.Type, ChangeKind.ListOfTypesWidened, "accepts more types: {before} became {after}", family: "request-property-list-of-types-widened"),
        Keyword("response-property-list-of-types-widened", Level.Err, RuleKind.Type, ChangeKind.ListOfTypesWidened, "may now hold more types: {before} became {after}", family: "response-property-type-changed"),
        Keyword("response-body-list-of-types-widened", Level.Err, RuleKind.Type, ChangeKind.ListOfTypesWidened, "may now hold more types: {before} became {after}", family: "response-property-list-of-types-widened"),
        Keyword("request-parameter-list-of-types-widened", Level.Info, RuleKind.Type, ChangeKind.ListOfTypesWidened, "accepts more types: {before} became {after}", family: "request-parameter-type-changed"),
        Keyword("request-parameter-property-list-of-types-widened", Level.Info, RuleKind.Type, ChangeKind.ListOfTypesWidened, "accepts more types: {before} became {after}", family: "request-parameter-type-changed"),
        // list-of-types-narrowed
        Keyword("request-property-list-of-types-narrowed", Level.Err, RuleKind.Type, ChangeKind.ListOfTypesNarrowed, "no longer accepts some of its types: {before} became {after}", family: "request-property-type-changed"),
        Keyword("request-body-list-of-types-narrowed", Level.Err, RuleKind.Type, ChangeKind.ListOfTypesNarrowed, "no longer accepts some of its types: {before} became {after}", family: "request-property-list-of-types-narrowed"),
        Keyword("response-property-list-of-types-narrowed", Level.Info, RuleKind.Type, ChangeKind.ListOfTypesNarrowed, "holds fewer types: {before} became {after}", family: "response-property-type-changed"),
        Keyword("response-body-list-of-types-narrowed", Level.Info, RuleKind.Type, ChangeKind.ListOfTypesNarrowed, "holds fewer types: {before} became {after}", family: "response-property-list-of-types-narrowed"),
        Keyword("request-parameter-list-of-types-narrowed", Level.Err, RuleKind.Type, ChangeKind.ListOfTypesNarrowed, "no longer accepts some of its types: {before} became {after}", family: "request-parameter-type-changed"),
        Keyword("request-parameter-property-list-of-types-narrowed", Level.Err, RuleKind.Type, ChangeKind.ListOfTypesNarrowed, "no longer accepts some of its types: {before} became {after}", family: "request-parameter-type-changed"),
    ];

    /// <summary>
    /// One keyword rule. Its side, its position (property, body root, parameter, parameter property) and its message's
    /// subject come from the id.
    /// </summary>
    private static Rule Keyword(string id, Level level, RuleKind kind, ChangeKind on, string says, string? family = null)
    {
        var request = id.StartsWith("request", StringComparison.Ordinal);
        var body = id.Contains("-body-", StringComparison.Ordinal);
        var parameterProperty = id.StartsWith("request-parameter-property-", StringComparison.Ordinal);
        var parameter = !parameterProperty && id.StartsWith("request-parameter-", StringComparison.Ordinal);
        // Type arrays in parameters and headers have their own rules; the other keywords are the property rules' there too.
        var typeList = on is ChangeKind.ListOfTypesWidened or ChangeKind.ListOfTypesNarrowed;
        Func<Change, bool> where = (request, body, parameter, parameterProperty) switch
        {
            (_, _, true, _) => change => change is { Area: Area.Parameter, InProperty: false },
            (_, _, _, true) => change => change is { Area: Area.Parameter, InProperty: true },
            (true, true, _, _) => change => change is { Area: Area.RequestBody, BodyRoot: true },
            (false, true, _, _) => change => change is { Area: Area.Response, BodyRoot: true },
            (true, false, _, _) => change => change is { Area: Area.RequestBody, BodyRoot: false } || (!typeList && change.Area == Area.Parameter),
            (false, false, _, _) => change => change is { Area: Area.Response, BodyRoot: false } || (!typeList && change.Area == Area.ResponseHeader),
        };
        var subject = parameter || parameterProperty ? "parameter" : $"{(request ? "request" : "response")} {(body ? "body" : "property")}";
        return new Rule(id, level, request ? Direction.Request : Direction.Response, kind, [on], $"{{operation}}: {subject} {{path}} {says}.",
            (change, _) => change.Kind == on && where(change))
        {
            Family = family,
            BodyRoot = body,
        };
    }
}
