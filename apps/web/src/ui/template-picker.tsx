import { JOURNEY_TEMPLATES, TEMPLATE_KEYS, type TemplateKey } from '@cxmap/domain';
import { Badge, Group, Radio, Stack, Text } from '@mantine/core';
import classes from './template-picker.module.css';

export interface TemplatePickerProps {
  value: TemplateKey;
  onChange: (value: TemplateKey) => void;
}

/** A choice between the lifecycle templates, each showing the stages it starts with. */
export function TemplatePicker({ value, onChange }: TemplatePickerProps) {
  return (
    <Radio.Group
      label="Template"
      description="The stages the journey starts with. You can change them on the canvas."
      value={value}
      onChange={(next) => onChange(next as TemplateKey)}
    >
      <Stack gap="xs" mt="xs">
        {TEMPLATE_KEYS.map((key) => {
          const template = JOURNEY_TEMPLATES[key];
          return (
            <Radio.Card key={key} value={key} radius="md" className={classes.card} aria-label={template.name}>
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator mt={2} />
                <Stack gap={6} miw={0}>
                  <div>
                    <Text fw={600} size="sm">
                      {template.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {template.description}
                    </Text>
                  </div>
                  <Group gap={4}>
                    {template.stages.map((stage) => (
                      <Badge key={stage.name} size="xs" variant="light" color="indigo" radius="xl" tt="none" fw={500}>
                        {stage.name}
                      </Badge>
                    ))}
                  </Group>
                </Stack>
              </Group>
            </Radio.Card>
          );
        })}
      </Stack>
    </Radio.Group>
  );
}
