<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="street" tilewidth="16" tileheight="16" tilecount="157" columns="16">
 <image source="street.png" width="256" height="160"/>
 <tile id="0">
  <properties>
   <property name="name" value="pavement"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="pavement_b"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="pavement_moss"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="kerb_top"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="kerb_bottom"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="road"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="road_line"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="road_crossing"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="road_guide"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="hedge"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="railing"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="bollard"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="5" y="5" width="6" height="10"/>
  </objectgroup>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="roof_brick_0000"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="roof_brick_0001"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="roof_brick_0010"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="roof_brick_0011"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="roof_brick_0100"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="roof_brick_0101"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="roof_brick_0110"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="roof_brick_0111"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="roof_brick_1000"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="roof_brick_1001"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="roof_brick_1010"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="roof_brick_1011"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="roof_brick_1100"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="roof_brick_1101"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="roof_brick_1110"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="roof_brick_1111"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="facade_brick_wall"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="facade_brick_window"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="facade_brick_window_lit"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="facade_brick_base"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="facade_brick_shopwindow"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="roof_white_0000"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="roof_white_0001"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="roof_white_0010"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="roof_white_0011"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="roof_white_0100"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="roof_white_0101"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="roof_white_0110"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="roof_white_0111"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="roof_white_1000"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="roof_white_1001"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="roof_white_1010"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="roof_white_1011"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="name" value="roof_white_1100"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="name" value="roof_white_1101"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="name" value="roof_white_1110"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="roof_white_1111"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="facade_white_wall"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="facade_white_window"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="facade_white_window_lit"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="facade_white_base"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="facade_white_shopwindow"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="roof_stone_0000"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="roof_stone_0001"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="roof_stone_0010"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="roof_stone_0011"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="roof_stone_0100"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="roof_stone_0101"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="roof_stone_0110"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="roof_stone_0111"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="name" value="roof_stone_1000"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="name" value="roof_stone_1001"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="roof_stone_1010"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="roof_stone_1011"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="roof_stone_1100"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="roof_stone_1101"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="roof_stone_1110"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="roof_stone_1111"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="facade_stone_wall"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="facade_stone_window"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="facade_stone_window_lit"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="facade_stone_base"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="name" value="facade_stone_shopwindow"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="door_practice_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="name" value="door_practice_r1c0"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="name" value="door_clinic_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="name" value="door_clinic_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="name" value="door_clinic_r1c0"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="door_clinic_r1c1"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="door_hall_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="door_hall_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="name" value="door_hall_r0c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="name" value="door_hall_r1c0"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="name" value="door_hall_r1c1"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="name" value="door_hall_r1c2"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="name" value="sign_practice_r0c0"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="name" value="sign_practice_r0c1"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="name" value="sign_practice_r0c2"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="name" value="sign_practice_r0c3"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="name" value="sign_clinic_r0c0"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="name" value="sign_clinic_r0c1"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="name" value="sign_clinic_r0c2"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="name" value="sign_clinic_r0c3"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="name" value="sign_hall_r0c0"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="name" value="sign_hall_r0c1"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="name" value="sign_hall_r0c2"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="name" value="sign_hall_r0c3"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="planter_r0c0"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="planter_r0c1"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="name" value="planter_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="2" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="102">
  <properties>
   <property name="name" value="planter_r1c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="2" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="103">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="tree_r0c0"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="tree_r0c1"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="tree_r1c0"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="tree_r1c1"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="name" value="tree_r2c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="9" y="8" width="7" height="6"/>
  </objectgroup>
 </tile>
 <tile id="108">
  <properties>
   <property name="name" value="tree_r2c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="7" height="6"/>
  </objectgroup>
 </tile>
 <tile id="109">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="street_lamp_r0c0"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="street_lamp_r1c0"/>
  </properties>
 </tile>
 <tile id="111">
  <properties>
   <property name="name" value="street_lamp_r2c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="5" y="8" width="6" height="6"/>
  </objectgroup>
 </tile>
 <tile id="112">
  <properties>
   <property name="name" value="bench_r0c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="2" width="15" height="11"/>
  </objectgroup>
 </tile>
 <tile id="113">
  <properties>
   <property name="name" value="bench_r0c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="2" width="15" height="11"/>
  </objectgroup>
 </tile>
 <tile id="114">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="billboard_r0c0"/>
  </properties>
  <animation>
   <frame tileid="114" duration="600"/>
   <frame tileid="124" duration="600"/>
   <frame tileid="134" duration="600"/>
  </animation>
 </tile>
 <tile id="115">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="billboard_r0c1"/>
  </properties>
  <animation>
   <frame tileid="115" duration="600"/>
   <frame tileid="125" duration="600"/>
   <frame tileid="135" duration="600"/>
  </animation>
 </tile>
 <tile id="116">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="billboard_r0c2"/>
  </properties>
  <animation>
   <frame tileid="116" duration="600"/>
   <frame tileid="126" duration="600"/>
   <frame tileid="136" duration="600"/>
  </animation>
 </tile>
 <tile id="117">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="billboard_r1c0"/>
  </properties>
  <animation>
   <frame tileid="117" duration="600"/>
   <frame tileid="127" duration="600"/>
   <frame tileid="137" duration="600"/>
  </animation>
 </tile>
 <tile id="118">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="billboard_r1c1"/>
  </properties>
  <animation>
   <frame tileid="118" duration="600"/>
   <frame tileid="128" duration="600"/>
   <frame tileid="138" duration="600"/>
  </animation>
 </tile>
 <tile id="119">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="billboard_r1c2"/>
  </properties>
  <animation>
   <frame tileid="119" duration="600"/>
   <frame tileid="129" duration="600"/>
   <frame tileid="139" duration="600"/>
  </animation>
 </tile>
 <tile id="120">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="billboard_r2c0"/>
  </properties>
  <animation>
   <frame tileid="120" duration="600"/>
   <frame tileid="130" duration="600"/>
   <frame tileid="140" duration="600"/>
  </animation>
 </tile>
 <tile id="121">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="billboard_r2c1"/>
  </properties>
  <animation>
   <frame tileid="121" duration="600"/>
   <frame tileid="131" duration="600"/>
   <frame tileid="141" duration="600"/>
  </animation>
 </tile>
 <tile id="122">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="billboard_r2c2"/>
  </properties>
  <animation>
   <frame tileid="122" duration="600"/>
   <frame tileid="132" duration="600"/>
   <frame tileid="142" duration="600"/>
  </animation>
 </tile>
 <tile id="123">
  <properties>
   <property name="name" value="billboard_r3c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="4" y="8" width="8" height="6"/>
  </objectgroup>
  <animation>
   <frame tileid="123" duration="600"/>
   <frame tileid="133" duration="600"/>
   <frame tileid="143" duration="600"/>
  </animation>
 </tile>
 <tile id="124">
  <properties>
   <property name="name" value="billboard_f1_r0c0"/>
  </properties>
 </tile>
 <tile id="125">
  <properties>
   <property name="name" value="billboard_f1_r0c1"/>
  </properties>
 </tile>
 <tile id="126">
  <properties>
   <property name="name" value="billboard_f1_r0c2"/>
  </properties>
 </tile>
 <tile id="127">
  <properties>
   <property name="name" value="billboard_f1_r1c0"/>
  </properties>
 </tile>
 <tile id="128">
  <properties>
   <property name="name" value="billboard_f1_r1c1"/>
  </properties>
 </tile>
 <tile id="129">
  <properties>
   <property name="name" value="billboard_f1_r1c2"/>
  </properties>
 </tile>
 <tile id="130">
  <properties>
   <property name="name" value="billboard_f1_r2c0"/>
  </properties>
 </tile>
 <tile id="131">
  <properties>
   <property name="name" value="billboard_f1_r2c1"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="name" value="billboard_f1_r2c2"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="name" value="billboard_f1_r3c1"/>
  </properties>
 </tile>
 <tile id="134">
  <properties>
   <property name="name" value="billboard_f2_r0c0"/>
  </properties>
 </tile>
 <tile id="135">
  <properties>
   <property name="name" value="billboard_f2_r0c1"/>
  </properties>
 </tile>
 <tile id="136">
  <properties>
   <property name="name" value="billboard_f2_r0c2"/>
  </properties>
 </tile>
 <tile id="137">
  <properties>
   <property name="name" value="billboard_f2_r1c0"/>
  </properties>
 </tile>
 <tile id="138">
  <properties>
   <property name="name" value="billboard_f2_r1c1"/>
  </properties>
 </tile>
 <tile id="139">
  <properties>
   <property name="name" value="billboard_f2_r1c2"/>
  </properties>
 </tile>
 <tile id="140">
  <properties>
   <property name="name" value="billboard_f2_r2c0"/>
  </properties>
 </tile>
 <tile id="141">
  <properties>
   <property name="name" value="billboard_f2_r2c1"/>
  </properties>
 </tile>
 <tile id="142">
  <properties>
   <property name="name" value="billboard_f2_r2c2"/>
  </properties>
 </tile>
 <tile id="143">
  <properties>
   <property name="name" value="billboard_f2_r3c1"/>
  </properties>
 </tile>
 <tile id="144">
  <properties>
   <property name="name" value="door_flat_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="145">
  <properties>
   <property name="name" value="door_flat_r1c0"/>
  </properties>
 </tile>
 <tile id="146">
  <properties>
   <property name="name" value="facade_birch_wall"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="147">
  <properties>
   <property name="name" value="facade_birch_window"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="148">
  <properties>
   <property name="name" value="facade_birch_base"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="149">
  <properties>
   <property name="name" value="door_new_clinic_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="150">
  <properties>
   <property name="name" value="door_new_clinic_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="151">
  <properties>
   <property name="name" value="door_new_clinic_r1c0"/>
  </properties>
 </tile>
 <tile id="152">
  <properties>
   <property name="name" value="door_new_clinic_r1c1"/>
  </properties>
 </tile>
 <tile id="153">
  <properties>
   <property name="name" value="sign_new_clinic_r0c0"/>
  </properties>
 </tile>
 <tile id="154">
  <properties>
   <property name="name" value="sign_new_clinic_r0c1"/>
  </properties>
 </tile>
 <tile id="155">
  <properties>
   <property name="name" value="sign_new_clinic_r0c2"/>
  </properties>
 </tile>
 <tile id="156">
  <properties>
   <property name="name" value="sign_new_clinic_r0c3"/>
  </properties>
 </tile>
</tileset>
