package dev.strata.stack.apply;

import dev.strata.stack.plan.SettingsSchema;
import dev.strata.stack.plan.SettingsSchema.Kind;
import dev.strata.stack.plan.SettingsSchema.Setting;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * Reads a provider type's {@link SettingsSchema} from the Metatype description its bundle
 * gives of the factory PID (Metatype 1.4, section 105.6: {@code getMetaTypeInformation} and
 * {@code getObjectClassDefinition}).
 */
final class MetatypeSchemas {

    private MetatypeSchemas() {}

    static Optional<SettingsSchema> of(MetaTypeService metatype, Bundle bundle, String factoryPid) {
        MetaTypeInformation information = metatype.getMetaTypeInformation(bundle);
        if (information == null || !Arrays.asList(information.getFactoryPids()).contains(factoryPid)) {
            return Optional.empty();
        }
        ObjectClassDefinition definition = information.getObjectClassDefinition(factoryPid, null);
        AttributeDefinition[] all = definition.getAttributeDefinitions(ObjectClassDefinition.ALL);
        if (all == null) {
            return Optional.of(new SettingsSchema(List.of()));
        }
        AttributeDefinition[] required = definition.getAttributeDefinitions(ObjectClassDefinition.REQUIRED);
        Set<String> requiredIds = required == null
                ? Set.of()
                : Arrays.stream(required).map(AttributeDefinition::getID).collect(Collectors.toSet());
        List<Setting> settings = Arrays.stream(all)
                .map(attribute -> setting(attribute, requiredIds.contains(attribute.getID())))
                .toList();
        return Optional.of(new SettingsSchema(settings));
    }

    private static Setting setting(AttributeDefinition attribute, boolean required) {
        String[] options = attribute.getOptionValues();
        return new Setting(
                attribute.getID(),
                kind(attribute.getType()),
                attribute.getCardinality() != 0,
                required,
                attribute.getDefaultValue() != null,
                options == null ? List.of() : List.of(options),
                attribute::validate);
    }

    private static Kind kind(int type) {
        return switch (type) {
            case AttributeDefinition.INTEGER, AttributeDefinition.SHORT, AttributeDefinition.BYTE -> Kind.INTEGER;
            case AttributeDefinition.LONG -> Kind.LONG;
            case AttributeDefinition.DOUBLE, AttributeDefinition.FLOAT -> Kind.DOUBLE;
            case AttributeDefinition.BOOLEAN -> Kind.BOOLEAN;
            default -> Kind.TEXT;
        };
    }
}
