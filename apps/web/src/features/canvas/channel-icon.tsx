import type { Channel } from '@cxmap/domain';
import {
  IconBox,
  IconDeviceMobile,
  IconDots,
  IconLifebuoy,
  IconMail,
  IconMessage,
  IconMessageCircle,
  IconPackage,
  IconPhone,
  IconShare,
  IconSpeakerphone,
  IconStar,
  IconUser,
  IconWorld,
  type Icon,
} from '@tabler/icons-react';

const CHANNEL_ICONS: Record<Channel, Icon> = {
  web: IconWorld,
  mobile_app: IconDeviceMobile,
  email: IconMail,
  phone: IconPhone,
  live_chat: IconMessageCircle,
  social: IconShare,
  in_person: IconUser,
  advertising: IconSpeakerphone,
  mail: IconPackage,
  product: IconBox,
  self_service: IconLifebuoy,
  review_site: IconStar,
  sms: IconMessage,
  other: IconDots,
};

export function ChannelIcon({ channel, size = 14 }: { channel: Channel; size?: number }) {
  const Component = CHANNEL_ICONS[channel];
  return <Component size={size} stroke={1.8} aria-hidden />;
}
