using System.Text.Json;
using System.Text.Json.Serialization;
using Twinning.Extraction.Text;

namespace Twinning.Extraction.Vocabulary;

public sealed record PlaceEntry(string English, string Country, string Kind, IReadOnlyList<string> Names)
{
    public bool IsCountry => Kind == "country";
}

public sealed record AnniversaryEntry(string Cue, int BaseYear);

/// <summary>The shape of vocabulary.json (and of extra vocabulary files, whose lists are added to it).</summary>
internal sealed class VocabularyFile
{
    public List<string> Honorifics { get; set; } = [];
    public List<string> TitleHeads { get; set; } = [];
    public List<string> TitlePrefixes { get; set; } = [];
    public List<string> HeadsNeedingBody { get; set; } = [];
    public List<string> PurposeMarkers { get; set; } = [];
    public List<string> DelegationNouns { get; set; } = [];
    public List<string> ReviewCues { get; set; } = [];
    public List<string> HostReceptionCues { get; set; } = [];
    public List<string> TitleBodies { get; set; } = [];
    public List<string> OrganisationPrefixes { get; set; } = [];
    public List<string> AgencyHeads { get; set; } = [];
    public List<string> OrganisationDomains { get; set; } = [];
    public List<string> TitleQualifiers { get; set; } = [];
    public List<string> PlaceConnectors { get; set; } = [];
    public List<PlaceEntry> Places { get; set; } = [];
    public Dictionary<string, string> Capitals { get; set; } = [];
    public Dictionary<string, string> Abbreviations { get; set; } = [];
    public string? HomeCountry { get; set; }
    public List<string> Surnames { get; set; } = [];
    public List<string> NonNameWords { get; set; } = [];
    public List<string> EventKindsByPriority { get; set; } = [];
    public Dictionary<string, List<string>> EventCues { get; set; } = [];
    public Dictionary<string, List<string>> MeetingStyles { get; set; } = [];
    public Dictionary<string, List<string>> ProgrammeCues { get; set; } = [];
    public List<string> NotEventCues { get; set; } = [];
    public List<string> DocumentNouns { get; set; } = [];
    public List<string> NamedProjectNouns { get; set; } = [];
    public List<string> ProjectHeadsWhenCapitalised { get; set; } = [];
    public List<string> GenericQuantifiers { get; set; } = [];
    public List<string> GenericProjectWords { get; set; } = [];
    public List<string> ProjectEnumerationCues { get; set; } = [];
    public List<string> ProjectStopWords { get; set; } = [];
    public List<string> DonationVerbs { get; set; } = [];
    public List<string> DonationAmountWords { get; set; } = [];
    public Dictionary<string, List<string>> ProjectStatusCues { get; set; } = [];
    public List<string> SupportVerbs { get; set; } = [];
    public List<string> BoilerplateHeadings { get; set; } = [];
    public List<string> BoilerplateLinePrefixes { get; set; } = [];
    public List<string> NoiseLinePatterns { get; set; } = [];
    public List<string> CreditMarkers { get; set; } = [];
    public List<AnniversaryEntry> Anniversaries { get; set; } = [];
    public List<string> FutureMarkers { get; set; } = [];
    public List<string> SameDayMarkers { get; set; } = [];
    public List<string> BackgroundMarkers { get; set; } = [];
    public List<string> YearRangeExclusions { get; set; } = [];

    public void MergeFrom(VocabularyFile other)
    {
        foreach (var p in typeof(VocabularyFile).GetProperties())
        {
            var mine = p.GetValue(this);
            var theirs = p.GetValue(other);
            if (theirs is null) continue;
            switch (mine)
            {
                case System.Collections.IList list when theirs is System.Collections.IList add:
                    foreach (var item in add) list.Add(item);
                    break;
                case Dictionary<string, string> map when theirs is Dictionary<string, string> addMap:
                    foreach (var (k, v) in addMap) map[k] = v;
                    break;
                case Dictionary<string, List<string>> lists when theirs is Dictionary<string, List<string>> addLists:
                    foreach (var (k, v) in addLists)
                        if (lists.TryGetValue(k, out var existing)) existing.AddRange(v); else lists[k] = [.. v];
                    break;
                default:
                    if (p.PropertyType == typeof(string)) p.SetValue(this, theirs);
                    break;
            }
        }
    }
}

/// <summary>The loaded vocabulary, indexed for matching over tokens.</summary>
public sealed class ExtractionVocabulary
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    private static readonly Lazy<ExtractionVocabulary> EmbeddedDefault = new(() => Load([]));

    internal VocabularyFile Data { get; }
    internal PhraseMatcher<string> Honorifics { get; }
    internal PhraseMatcher<string> TitleHeads { get; }
    internal PhraseMatcher<string> TitlePrefixes { get; }
    internal PhraseMatcher<string> HeadsNeedingBody { get; }
    internal PhraseMatcher<string> PurposeMarkers { get; }
    internal PhraseMatcher<string> DelegationNouns { get; }
    internal PhraseMatcher<string> ReviewCues { get; }
    internal PhraseMatcher<string> HostReceptionCues { get; }
    internal PhraseMatcher<string> TitleBodies { get; }
    internal PhraseMatcher<string> OrganisationPrefixes { get; }
    internal PhraseMatcher<string> AgencyHeads { get; }
    internal PhraseMatcher<string> OrganisationDomains { get; }
    internal PhraseMatcher<string> TitleQualifiers { get; }
    internal PhraseMatcher<PlaceEntry> Places { get; }
    internal PhraseMatcher<EventKind> EventCues { get; }
    internal PhraseMatcher<string> MeetingStyles { get; }
    internal PhraseMatcher<string> ProgrammeCues { get; }
    internal PhraseMatcher<string> NotEventCues { get; }
    internal PhraseMatcher<string> DocumentNouns { get; }
    internal PhraseMatcher<string> NamedProjectNouns { get; }
    internal PhraseMatcher<string> ProjectHeadsWhenCapitalised { get; }
    internal PhraseMatcher<string> GenericQuantifiers { get; }
    internal PhraseMatcher<string> GenericProjectWords { get; }
    internal PhraseMatcher<string> ProjectEnumerationCues { get; }
    internal PhraseMatcher<string> ProjectStopWords { get; }
    internal PhraseMatcher<string> DonationVerbs { get; }
    internal PhraseMatcher<string> DonationAmountWords { get; }
    internal PhraseMatcher<ProjectStatus> ProjectStatusCues { get; }
    internal PhraseMatcher<string> SupportVerbs { get; }
    internal PhraseMatcher<int> Anniversaries { get; }
    internal PhraseMatcher<string> FutureMarkers { get; }
    internal PhraseMatcher<string> SameDayMarkers { get; }
    internal PhraseMatcher<string> BackgroundMarkers { get; }
    internal PhraseMatcher<string> PlaceConnectors { get; }
    internal HashSet<string> SurnameKeys { get; }
    internal HashSet<string> NonNameKeys { get; }
    internal IReadOnlyList<EventKind> EventPriority { get; }
    internal HashSet<string> BoilerplateHeadingKeys { get; }
    internal string HomeCountry => Data.HomeCountry ?? "VN";

    private ExtractionVocabulary(VocabularyFile data)
    {
        Data = data;
        abbreviationKeys = data.Abbreviations.ToDictionary(a => TextFolding.Fold(a.Key), a => TextFolding.Fold(a.Value));
        Honorifics = PhraseMatcher<string>.Of(data.Honorifics);
        TitleHeads = PhraseMatcher<string>.Of(data.TitleHeads);
        TitlePrefixes = PhraseMatcher<string>.Of(data.TitlePrefixes);
        HeadsNeedingBody = PhraseMatcher<string>.Of(data.HeadsNeedingBody);
        PurposeMarkers = PhraseMatcher<string>.Of(data.PurposeMarkers);
        DelegationNouns = PhraseMatcher<string>.Of(data.DelegationNouns);
        ReviewCues = PhraseMatcher<string>.Of(data.ReviewCues);
        HostReceptionCues = PhraseMatcher<string>.Of(data.HostReceptionCues);
        TitleBodies = PhraseMatcher<string>.Of(data.TitleBodies);
        OrganisationPrefixes = PhraseMatcher<string>.Of(data.OrganisationPrefixes);
        AgencyHeads = PhraseMatcher<string>.Of(data.AgencyHeads);
        OrganisationDomains = PhraseMatcher<string>.Of(data.OrganisationDomains);
        TitleQualifiers = PhraseMatcher<string>.Of(data.TitleQualifiers);
        Places = new PhraseMatcher<PlaceEntry>(data.Places.SelectMany(p => p.Names.Select(n => (n, p))));
        EventCues = new PhraseMatcher<EventKind>(data.EventCues.SelectMany(kv => kv.Value.Select(c => (c, ParseKind(kv.Key)))));
        MeetingStyles = new PhraseMatcher<string>(data.MeetingStyles.SelectMany(kv => kv.Value.Select(c => (c, kv.Key))));
        ProgrammeCues = new PhraseMatcher<string>(data.ProgrammeCues.SelectMany(kv => kv.Value.Select(c => (c, kv.Key))));
        NotEventCues = PhraseMatcher<string>.Of(data.NotEventCues);
        DocumentNouns = PhraseMatcher<string>.Of(data.DocumentNouns);
        NamedProjectNouns = PhraseMatcher<string>.Of(data.NamedProjectNouns);
        ProjectHeadsWhenCapitalised = PhraseMatcher<string>.Of(data.ProjectHeadsWhenCapitalised);
        GenericQuantifiers = PhraseMatcher<string>.Of(data.GenericQuantifiers);
        GenericProjectWords = PhraseMatcher<string>.Of(data.GenericProjectWords);
        ProjectEnumerationCues = PhraseMatcher<string>.Of(data.ProjectEnumerationCues);
        ProjectStopWords = PhraseMatcher<string>.Of(data.ProjectStopWords);
        DonationVerbs = PhraseMatcher<string>.Of(data.DonationVerbs);
        DonationAmountWords = PhraseMatcher<string>.Of(data.DonationAmountWords);
        ProjectStatusCues = new PhraseMatcher<ProjectStatus>(data.ProjectStatusCues.SelectMany(kv => kv.Value.Select(c => (c, ParseStatus(kv.Key)))));
        SupportVerbs = PhraseMatcher<string>.Of(data.SupportVerbs);
        Anniversaries = new PhraseMatcher<int>(data.Anniversaries.Select(a => (a.Cue, a.BaseYear)));
        FutureMarkers = PhraseMatcher<string>.Of(data.FutureMarkers);
        SameDayMarkers = PhraseMatcher<string>.Of(data.SameDayMarkers);
        BackgroundMarkers = PhraseMatcher<string>.Of(data.BackgroundMarkers);
        PlaceConnectors = PhraseMatcher<string>.Of(data.PlaceConnectors);
        SurnameKeys = data.Surnames.Select(s => ToneKey.Of(s)).ToHashSet();
        NonNameKeys = data.NonNameWords.Select(s => ToneKey.Of(s)).ToHashSet();
        EventPriority = data.EventKindsByPriority.Select(ParseKind).ToList();
        BoilerplateHeadingKeys = data.BoilerplateHeadings.Select(h => string.Join(' ', ToneKey.OfPhrase(h))).ToHashSet();
    }

    /// <summary>The vocabulary shipped inside the library.</summary>
    public static ExtractionVocabulary Default => EmbeddedDefault.Value;

    /// <summary>The shipped vocabulary plus the caller's extra files (lists are added; maps are overridden).</summary>
    public static ExtractionVocabulary Load(IEnumerable<string> extraFiles)
    {
        using var stream = typeof(ExtractionVocabulary).Assembly.GetManifestResourceStream("Twinning.Extraction.vocabulary.json")
            ?? throw new InvalidOperationException("The embedded vocabulary is missing from the Twinning.Extraction assembly.");
        var data = JsonSerializer.Deserialize<VocabularyFile>(stream, JsonOptions)!;
        foreach (var file in extraFiles)
        {
            VocabularyFile extra;
            try
            {
                extra = JsonSerializer.Deserialize<VocabularyFile>(File.ReadAllText(file), JsonOptions)
                    ?? throw new InvalidDataException("the file is empty");
            }
            catch (Exception e) when (e is JsonException or InvalidDataException or IOException)
            {
                throw new ArgumentException($"The vocabulary file '{file}' cannot be read: {e.Message}", nameof(extraFiles), e);
            }
            data.MergeFrom(extra);
        }
        return new ExtractionVocabulary(data);
    }

    internal static EventKind ParseKind(string kind) => kind switch
    {
        "visit" => EventKind.Visit,
        "talks" => EventKind.Talks,
        "meeting" => EventKind.Meeting,
        "signing" => EventKind.Signing,
        "conference" => EventKind.Conference,
        "ceremony" => EventKind.Ceremony,
        _ => throw new ArgumentException($"Unknown event kind '{kind}' in the vocabulary."),
    };

    private static ProjectStatus ParseStatus(string status) => status switch
    {
        "completed" => ProjectStatus.Completed,
        "in_progress" => ProjectStatus.InProgress,
        "proposed" => ProjectStatus.Proposed,
        _ => ProjectStatus.Unknown,
    };

    private readonly Dictionary<string, string> abbreviationKeys;

    /// <summary>A folded phrase with its abbreviations written out ("dbqh tinh" → "dai bieu quoc hoi tinh"), for comparing posts.</summary>
    internal string ExpandAbbreviations(string folded)
    {
        if (abbreviationKeys.Count == 0) return folded;
        var words = folded.Split(' ');
        for (var w = 0; w < words.Length; w++)
            if (abbreviationKeys.TryGetValue(words[w], out var full)) words[w] = full;
        return string.Join(' ', words);
    }

    /// <summary>The gazetteer: every province and city known, with its spellings.</summary>
    public IReadOnlyList<PlaceEntry> Gazetteer => Data.Places;

    /// <summary>The gazetteer's place a whole name spells ("Viêng Chăn", "Vientiane", "ວຽງຈັນ", "TP Hà Nội"), or null.</summary>
    public PlaceEntry? PlaceNamed(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var tokens = Tokenizer.Tokenize(name);
        var start = 0;
        while (start < tokens.Count && TitleQualifiers.TryMatch(tokens, start, out var q, out _)) start += q; // "tỉnh", "thành phố"
        return Places.TryMatch(tokens, start, out var len, out var place) && start + len == tokens.Count ? place : null;
    }

    /// <summary>Whether a body's name starts with an agency's head word ("Công an", "Sở", "Viện Kiểm sát"), not a city's own body.</summary>
    public bool IsAgency(string name)
    {
        var tokens = Tokenizer.Tokenize(name);
        return tokens.Count > 0 && AgencyHeads.Matches(tokens, 0);
    }

    /// <summary>
    /// A body's name as a comparison key: folded, abbreviations written out, places by their gazetteer name and
    /// the qualifiers before them dropped — so "UBND tỉnh Sơn La" and "Ủy ban nhân dân Sơn La", or "Thành ủy
    /// Viêng Chăn" and "Thành ủy Vientiane", are one body.
    /// </summary>
    public string OrganisationKey(string name)
    {
        var tokens = Tokenizer.Tokenize(name);
        var words = new List<string>();
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Kind is not (TokenKind.Word or TokenKind.Number)) continue;
            if (TitleQualifiers.TryMatch(tokens, k, out var q, out _) && Places.Matches(tokens, k + q)) { k += q - 1; continue; }
            if (Places.TryMatch(tokens, k, out var len, out var place)) { words.Add(TextFolding.Fold(place.English)); k += len - 1; continue; }
            words.Add(TextFolding.Fold(tokens[k].Text));
        }
        return ExpandAbbreviations(string.Join(' ', words));
    }

    internal PlaceEntry? CapitalOf(string country) =>
        Data.Capitals.TryGetValue(country, out var city) ? Data.Places.FirstOrDefault(p => p.English == city) : null;
}
