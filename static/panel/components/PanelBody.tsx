import type { FullContext } from '@forge/bridge';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useT } from '../../shared/i18n/i18n-context';
import { issueKeyOf } from '../panel-context';

/** The advocate panel on a Complaint issue; status, lead and trail arrive with later features. */
export const PanelBody = ({ context }: { context: FullContext }) => {
  const t = useT();
  const issueKey = issueKeyOf(context);
  return (
    <Stack space="space.150">
      <Inline space="space.100" alignBlock="baseline">
        <Heading size="medium" as="h1">
          {t('panel.heading')}
        </Heading>
        {issueKey !== null && <Text color="color.text.subtle">{t('panel.issueKey', { key: issueKey })}</Text>}
      </Inline>
      <Text as="p">{issueKey === null ? t('panel.noIssue') : t('panel.intro')}</Text>
    </Stack>
  );
};
